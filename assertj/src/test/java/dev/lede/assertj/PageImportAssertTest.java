package dev.lede.assertj;

import static dev.lede.assertj.Failures.failureOf;
import static dev.lede.assertj.Failures.message;
import static dev.lede.assertj.LedeImportAssertions.assertThat;

import dev.lede.html.ArticleHtml;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.PageImport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every check of {@link PageImportAssert}, on the shipped seed page. */
class PageImportAssertTest {
    private static PageImport imported;

    @BeforeAll
    static void importTheSeedPage() throws IOException {
        imported = ArticleHtml.standard().importPage(Path.of("../examples/data/seed-page.html"),
                URI.create("https://www.themagpost.com/post/alaska"));
    }

    @Test
    void dropped() {
        assertThat(imported).dropped(Reason.NAVIGATION, Reason.RELATED, Reason.COMMENTS, Reason.RATING);
        failureOf(() -> assertThat(imported).dropped(Reason.COMMENTS, Reason.COOKIE_BANNER, Reason.ADVERTISEMENT))
                .startsWith(message("",
                        "Expecting the import to have dropped content for:",
                        "  [COMMENTS, COOKIE_BANNER, ADVERTISEMENT]",
                        "but nothing was dropped for:",
                        "  [COOKIE_BANNER, ADVERTISEMENT]",
                        "The import's diagnostics are:",
                        "  navigation at div#SCROLL_TO_TOP (3 words): page chrome: \"top of page\""))
                .contains("\n  related at section#comp-lt8qhg2k > div (22 words): page chrome: \"Latest Posts\"\n");
    }

    @Test
    void kept() {
        assertThat(imported).kept("Geography as Stage", "Putin and Trump");
        failureOf(() -> assertThat(imported).kept("Geography as Stage", "Latest Posts")).isEqualTo(message("",
                "Expecting the import to keep in the article:",
                "  [\"Geography as Stage\", \"Latest Posts\"]",
                "but its text lacks:",
                "  [\"Latest Posts\"]",
                "\"Latest Posts\" was dropped:",
                "  related at section#comp-lt8qhg2k > div (22 words): page chrome: \"Latest Posts\""));
        failureOf(() -> assertThat(imported).kept("Bering Strait")).isEqualTo(message("",
                "Expecting the import to keep in the article:", "  [\"Bering Strait\"]",
                "but its text lacks:", "  [\"Bering Strait\"]"));
    }

    @Test
    void articleNavigates() {
        assertThat(imported).article().hasTitle("US-Russia Alaska Summit: Prospects and Pitfalls").isPublishable();
        failureOf(() -> assertThat(imported).article().hasPublisher("The Mag Post")).isEqualTo(message("article",
                "Expecting publisher:", "  \"The Mag Post\"", "but was:", "  \"THE MAG POST\""));
    }
}
