package dev.lede.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Section;
import dev.lede.SummaryTable;
import dev.lede.html.ArticleHtml;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageImport;
import dev.lede.validation.ArticleValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sample to copy: checking a page's content in a test suite with AssertJ. The page is imported once, then each
 * test states one thing an editor cares about.
 */
class ContentChecksExampleTest {
    private static PageImport imported;
    private static Article article;

    @BeforeAll
    static void importThePage() throws IOException {
        String page = Files.readString(Path.of("data", "seed-page.html"));
        imported = ArticleHtml.standard().importPage(page, URI.create("https://www.themagpost.com/post/alaska"));
        article = imported.article();
    }

    @Test
    void theArticleIsReadyToPublish() {
        assertThat(ArticleValidator.standard().validatePublishable(article).violations()).isEmpty();
    }

    @Test
    void everySectionHasContentAndNoHeadingRepeats() {
        assertThat(article.allSections())
                .allSatisfy(s -> assertThat(s.blocks().isEmpty() && s.subsections().isEmpty()).isFalse())
                .extracting(s -> s.heading().plainText()).doesNotHaveDuplicates();
    }

    @Test
    void theKeyFactsBoxCoversTheFourAspects() {
        Section takeaways = article.section("long-term-implications-for-us-russia-relations").orElseThrow();

        assertThat(takeaways.blocks()).filteredOn(SummaryTable.class::isInstance).singleElement()
                .satisfies(block -> assertThat(((SummaryTable) block).rows())
                        .extracting(row -> row.aspect().plainText())
                        .containsExactly("Key players", "Venue & timing", "Potential outcomes", "Geopolitical significance"));
    }

    @Test
    void noSiteChromeLeakedIntoTheText() {
        assertThat(article.plainText()).doesNotContain("Latest Posts", "Rated 0 out of 5", "From our network");
        assertThat(imported.droppedRegions()).extracting(PageDiagnostic::reason)
                .contains(PageDiagnostic.Reason.NAVIGATION, PageDiagnostic.Reason.COMMENTS);
    }

    @Test
    void itReadsInAboutTwelveMinutes() {
        assertThat(article.readingTime().toMinutes()).isBetween(10L, 14L);
    }
}
