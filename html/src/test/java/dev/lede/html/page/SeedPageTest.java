package dev.lede.html.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.html.ArticleHtml;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.PageImport;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seed page, a Wix-style page kept in the examples module's data, imports to exactly the seed article. */
class SeedPageTest {
    private static final Path SEED_PAGE = Path.of("../examples/data/seed-page.html");
    private static final URI URL =
            URI.create("https://www.themagpost.com/post/us-russia-alaska-summit-prospects-and-pitfalls");

    @Test
    void importsToTheSeedArticleAndListsEveryChromeRegion() throws IOException {
        PageImport result = ArticleHtml.standard().importPage(Files.readString(SEED_PAGE), URL);

        assertThat(result.article()).isEqualTo(SeedArticle.article());
        assertThat(result.droppedRegions())
                .extracting(PageDiagnostic::reason, PageDiagnostic::words, d -> d.detail().replaceFirst(".*: ", ""))
                .containsExactly(
                        tuple(Reason.NAVIGATION, 3, "\"top of page\""),
                        tuple(Reason.SITE_HEADER, 9, "\"THE MAG POST\""),
                        tuple(Reason.RELATED, 22, "\"Latest Posts\""),
                        tuple(Reason.SHARE, 1, "\"Share\""),
                        tuple(Reason.RELATED, 15, "\"From our network :\""),
                        tuple(Reason.COMMENTS, 1, "\"Comments\""),
                        tuple(Reason.RATING, 12, "\"Rated 0 out of 5 stars.\""),
                        tuple(Reason.SITE_FOOTER, 10, "\"© 2025 by THE MAG POST. Privacy Policy · Terms of Use\""),
                        tuple(Reason.NAVIGATION, 3, "\"bottom of page\""));
    }
}
