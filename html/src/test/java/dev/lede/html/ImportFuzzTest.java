package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.lede.Article;
import dev.lede.validation.ArticleValidator;
import java.net.URI;

/**
 * Jazzer fuzz test of the page importer: whatever the page, it returns an article with no validation error
 * (which renders and reads back unchanged, since it came out of the same reader), or refuses the page with the
 * library's exception for a limit or for a page that holds no article. A normal {@code mvn test} replays
 * {@code ImportFuzzTestInputs/importGivesAValidArticle/} (image-only lists, ragged tables, deep nesting,
 * repeated headings, ...); {@code JAZZER_FUZZ=1} fuzzes.
 */
class ImportFuzzTest {
    private static final URI PAGE = URI.create("https://example.org/news/story.html");
    private static final ArticleHtml HTML = ArticleHtml.builder().maxInputLength(100_000).build();

    @FuzzTest(maxDuration = "60s")
    void importGivesAValidArticle(@NotNull String html) {
        PageImport imported;
        try {
            imported = HTML.importPage(html, PAGE);
        } catch (ArticleHtmlException refused) {
            // The importer also throws for its own bugs, an invalid article included: only these are right answers.
            assertThat(refused).message().containsAnyOf("limit of", "holds no article");
            return;
        }
        Article article = imported.article();
        assertThat(ArticleValidator.standard().validate(article).errors()).isEmpty();
        assertThat(HTML.read(HTML.render(article))).isEqualTo(article);
        assertThat(imported.diagnostics()).doesNotContainNull();
    }
}
