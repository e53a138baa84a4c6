package dev.lede.assertj;

import static dev.lede.assertj.Failures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.lede.Article;
import dev.lede.html.ArticleHtml;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.PageImport;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@link LedeSoftAssertions} with AssertJ's JUnit 5 extension: the samples below are run by the JUnit launcher (the
 * build's test run leaves nested classes alone), and what the extension reported at the end is checked.
 */
class LedeSoftAssertionsTest {
    private static final Article SEED = SeedArticle.article();

    @Test
    void theExtensionReportsEveryFailureTogether() {
        TestExecutionSummary summary = run(Samples.class, "severalFailures");

        assertThat(summary.getTotalFailureCount()).isEqualTo(1);
        Throwable failure = summary.getFailures().get(0).getException();
        assertThat(failure).hasMessageStartingWith("\nMultiple Failures (4 failures)")
                .hasMessageContaining(message("", "Expecting title:", "  \"Alaska\""))
                .hasMessageContaining(message("sections[3].subsections[0] \"Geography as Stage\"",
                        "Expecting heading:", "  \"Geography As Stage\""))
                .hasMessageContaining("Expecting a section with id:\n  \"comments\"")
                .hasMessageContaining("[lead[0]] \nExpecting the block to be a summary table");
    }

    @Test
    void aMissingPartIsOneFailureAndTheChecksBelowItAreSkipped() {
        LedeSoftAssertions softly = new LedeSoftAssertions();

        softly.assertThat(SEED).section("comments").hasHeading("Comments").block(0).isParagraph().hasText("x");
        softly.assertThat(SEED).sectionTitled("Comments").sections().isEmpty();
        softly.assertThat(SEED).summaryTable(3).aspects().isEmpty();
        softly.assertThat((Article) null).hero().hasAlt("x");

        assertThat(softly.errorsCollected()).hasSize(4).extracting(Throwable::getMessage).satisfiesExactly(
                m -> assertThat(m).startsWith("\nExpecting a section with id:\n  \"comments\""),
                m -> assertThat(m).startsWith("\nExpecting a section with heading:\n  \"Comments\""),
                m -> assertThat(m).startsWith("\nExpecting summary table 3 (counting from 0) in the article"),
                m -> assertThat(m).startsWith("\nExpecting actual not to be null\nat LedeSoftAssertionsTest"));
    }

    @Test
    void checksAfterAPassingNavigationAreSoftToo() {
        LedeSoftAssertions softly = new LedeSoftAssertions();

        softly.assertThat(SEED).summaryTable().hasLabels("Topic", "Summary").aspects().hasSize(5);
        softly.assertThat(SEED).note(0).hasTitle("Note").block(0).isParagraph().containsText("sponsored");
        softly.assertThat("AssertJ's own").startsWith("Lede");

        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).hasSize(5)
                .allSatisfy(m -> assertThat(m).isNotBlank())
                .anySatisfy(m -> assertThat(m).startsWith("[sections[7].subsections[1].blocks[2] aspects] "))
                .anySatisfy(m -> assertThat(m).startsWith("[notes[0].blocks[0]] "));
    }

    @Test
    void passingChecksLeaveNothing() {
        TestExecutionSummary summary = run(Samples.class, "everythingPasses");

        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(summary.getTotalFailureCount()).isZero();
    }

    @Test
    void pageImportsHaveTheirOwnSoftAssertions() throws IOException {
        LedeImportSoftAssertions softly = new LedeImportSoftAssertions();
        PageImport imported = ArticleHtml.standard().importPage(Path.of("../examples/data/seed-page.html"),
                URI.create("https://www.themagpost.com/post/alaska"));

        softly.assertThat(imported).dropped(Reason.ADVERTISEMENT).kept("Latest Posts").article().hasTitle("x");
        softly.assertThat(SEED).hasTitle("US-Russia Alaska Summit: Prospects and Pitfalls");

        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).hasSize(3)
                .anySatisfy(m -> assertThat(m).startsWith("[article] \nExpecting title:"));
    }

    private static TestExecutionSummary run(Class<?> type, String method) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(type, method)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return listener.getSummary();
    }

    /** Run only through {@link #run}: one of these fails on purpose. */
    @ExtendWith(SoftAssertionsExtension.class)
    static class Samples {
        @InjectSoftAssertions
        LedeSoftAssertions softly;

        @Test
        void severalFailures() {
            softly.assertThat(SEED).hasTitle("Alaska").isValid();
            softly.assertThat(SEED).section("geography-as-stage").hasHeading("Geography As Stage").hasContent();
            softly.assertThat(SEED).section("comments").hasContent();
            softly.assertThat(SEED).lead().block(0).isSummaryTable().hasLabels("Aspect", "Summary");
        }

        @Test
        void everythingPasses() {
            softly.assertThat(SEED).isPublishable().hasTitle("US-Russia Alaska Summit: Prospects and Pitfalls")
                    .section("geography-as-stage").hasContent();
            softly.assertThat(SEED).summaryTable().aspects().contains("Key players");
        }
    }
}
