package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.lede.Article;

/**
 * Jazzer fuzz test of the reader: whatever the input, read either returns an article or throws the library's
 * exception. In a normal {@code mvn test} it replays the inputs in {@code ReadFuzzTestInputs/readNeverThrows/}
 * (regression mode); with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class ReadFuzzTest {
    private static final ArticleHtml HTML = ArticleHtml.builder().maxInputLength(100_000).build();

    @FuzzTest(maxDuration = "60s")
    void readNeverThrows(@NotNull String html) {
        try {
            Article article = HTML.read(html);
            assertThat(HTML.read(HTML.render(article))).isEqualTo(article);
        } catch (ArticleHtmlException expected) {
            assertThat(expected).hasMessageContaining("limit");
        }
    }
}
