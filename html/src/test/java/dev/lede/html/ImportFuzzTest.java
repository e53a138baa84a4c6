package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.lede.Article;
import java.net.URI;

/**
 * Jazzer fuzz test of the page importer: whatever the page, it returns an article (which renders and reads
 * back unchanged, since it came out of the same reader) or throws the library's exception for a limit. A normal
 * {@code mvn test} replays {@code ImportFuzzTestInputs/importNeverThrows/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ImportFuzzTest {
    private static final URI PAGE = URI.create("https://example.org/news/story.html");
    private static final ArticleHtml HTML = ArticleHtml.builder().maxInputLength(100_000).build();

    @FuzzTest(maxDuration = "60s")
    void importNeverThrows(@NotNull String html) {
        try {
            PageImport imported = HTML.importPage(html, PAGE);
            Article article = imported.article();
            assertThat(HTML.read(HTML.render(article))).isEqualTo(article);
            assertThat(imported.diagnostics()).doesNotContainNull();
        } catch (ArticleHtmlException expected) {
            // The importer wraps its own failures too ("could not be imported"); only a limit is a right answer.
            assertThat(expected).hasMessageContaining("limit");
        }
    }
}
