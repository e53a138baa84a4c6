package dev.lede.examples;

import static dev.lede.assertj.LedeAssertions.assertThat;
import static dev.lede.assertj.LedeImportAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.html.ArticleHtml;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.PageImport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sample to copy: checking a page's content in a test suite with lede-assertj. The page is imported once, then
 * each test states one thing an editor cares about, in the article's own terms.
 */
class ContentChecksExampleTest {
    private static PageImport imported;
    private static Article article;

    @BeforeAll
    static void importThePage() throws IOException {
        imported = ArticleHtml.standard().importPage(Path.of("data", "seed-page.html"),
                URI.create("https://www.themagpost.com/post/alaska"));
        article = imported.article();
    }

    @Test
    void theArticleIsReadyToPublish() {
        assertThat(article).isPublishable();
    }

    @Test
    void everySectionHasContentAndNoHeadingRepeats() {
        assertThat(article).allSections().allSatisfy(section -> assertThat(section).hasContent());
        assertThat(article).headings().doesNotHaveDuplicates();
    }

    @Test
    void theKeyFactsBoxCoversTheFourAspects() {
        assertThat(article).section("long-term-implications-for-us-russia-relations").summaryTable().aspects()
                .containsExactly("Key players", "Venue & timing", "Potential outcomes", "Geopolitical significance");
    }

    @Test
    void noSiteChromeLeakedIntoTheText() {
        assertThat(article).doesNotContainText("Latest Posts", "Rated 0 out of 5", "From our network");
        assertThat(imported).dropped(Reason.NAVIGATION, Reason.COMMENTS);
    }

    @Test
    void itReadsInAboutTwelveMinutes() {
        assertThat(article.readingTime()).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(14));
    }
}
