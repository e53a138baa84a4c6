package dev.lede.assertj;

import static dev.lede.assertj.LedeAssertions.assertThat;
import static dev.lede.assertj.LedeImportAssertions.assertThat;

import dev.lede.Article;
import dev.lede.html.ArticleHtml;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.PageImport;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The snippets of the READMEs (the project's and this module's), as written there, so that they cannot drift. */
@ExtendWith(SoftAssertionsExtension.class)
class ReadmeExampleTest {
    @InjectSoftAssertions
    LedeImportSoftAssertions softly;

    @Test
    void theFiveLinesOfTheProjectReadmeRun() {
        Article article = SeedArticle.article();

        assertThat(article).isPublishable().hasTitle("US-Russia Alaska Summit: Prospects and Pitfalls");
        assertThat(article).sectionTitled("Geography as Stage").block(0).isParagraph().containsText("Alaska");
        assertThat(article).section("long-term-implications-for-us-russia-relations").summaryTable().aspects()
            .containsExactly("Key players", "Venue & timing", "Potential outcomes", "Geopolitical significance");
        assertThat(article).doesNotContainText("Latest Posts", "Rated 0 out of 5").hasReadingTimeAtMost(Duration.ofMinutes(12));
    }

    @Test
    void theModuleReadmeSnippetsRun() throws IOException {
        Article article = SeedArticle.article();
        Article expected = SeedArticle.article();
        PageImport imported = ArticleHtml.standard().importPage(Path.of("../examples/data/seed-page.html"),
                URI.create("https://www.themagpost.com/post/alaska"));

        assertThat(article).isEqualTo(expected);              // when not: one "path: expected → actual" line a difference
        assertThat(article).hasOutline("""
            US-Russia Alaska Summit: A Geopolitical Crossroads
            The Background and Stakes of the US-Russia Alaska Summit
            Rhetoric Meets Reality: What Trump and Putin Aim to Achieve
            Alaska as Venue in the US-Russia Alaska Summit
              Geography as Stage
              Domestic Signals
            Global Reactions to the US-Russia Alaska Summit
              European and Ukrainian Perspectives
              Possible Peace Scenarios and Barriers
            Operational Realities: Logistics, Media, and Security
              Venue, Security, and Protocols
              Media Narratives and Public Messaging
            The Path Forward: Risks, Opportunities, and Watchpoints
            The Final Solution: US-Russia Alaska Summit Takeaways
              Consolidated Insights
              Long-Term Implications for US-Russia Relations
            """);
        assertThat(imported).dropped(Reason.NAVIGATION, Reason.COMMENTS).kept("Geography as Stage");

        softly.assertThat(article).hasWordCountBetween(2000, 3000).isPublishedOn(java.time.LocalDate.of(2025, 8, 14));
        softly.assertThat(article).section("domestic-signals").hasHeading("Domestic Signals");
        softly.assertThat(imported).article().hasPublisher("THE MAG POST");
    }
}
