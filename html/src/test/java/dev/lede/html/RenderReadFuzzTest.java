package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.lede.Article;
import org.jsoup.Jsoup;

/**
 * Jazzer fuzz test of render after read: whatever HTML is read, the article it gives renders, as a fragment and
 * as a whole page, inside {@link SafetyTest}'s allowlists (elements, attributes, URL schemes), and reads back
 * from either rendering as the same article. Only a limit may refuse the input. A normal {@code mvn test}
 * replays {@code RenderReadFuzzTestInputs/renderedReadIsSafeAndReadsBack/}; {@code JAZZER_FUZZ=1} fuzzes
 * ({@code testing/fuzz.sh render-read}).
 */
class RenderReadFuzzTest {
    private static final ArticleHtml HTML = ArticleHtml.builder().maxInputLength(100_000).build();

    @FuzzTest(maxDuration = "60s")
    void renderedReadIsSafeAndReadsBack(@NotNull String html) {
        Article article;
        try {
            article = HTML.read(html);
        } catch (ArticleHtmlException refused) {
            assertThat(refused).hasMessageContaining("limit");
            return;
        }
        String fragment = HTML.render(article);
        assertThat(SafetyTest.violations(Jsoup.parse(fragment), SafetyTest.FRAGMENT_ELEMENTS,
                SafetyTest.FRAGMENT_ATTRIBUTES)).as(fragment).isEmpty();
        assertThat(HTML.read(fragment)).isEqualTo(article);

        String page = HTML.renderDocument(article);
        assertThat(SafetyTest.violations(Jsoup.parse(page), SafetyTest.DOCUMENT_ELEMENTS,
                SafetyTest.DOCUMENT_ATTRIBUTES)).as(page).isEmpty();
        assertThat(HTML.read(page)).isEqualTo(article);
    }
}
