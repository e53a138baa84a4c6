package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.json.ArticleJson;
import dev.lede.validation.ArticleValidator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12's finding "one depth limit shared by readers, validator and writers": 600 nested blockquotes or lists
 * and 2,000 nested {@code <em>} read into articles that the validator refused ({@code article.too-deep}) and that
 * {@code ArticleJson.write} failed on with Jackson's own exception. The reader and the importer now flatten what
 * nests deeper than the model's limit: every article they make validates, writes and reads back equal.
 */
class DeepNestingTest {
    private static final String WORDS = "<p>Some words to make an article of this page, long enough to count.</p>";

    private static String nested(String shape, int count) {
        return switch (shape) {
            case "quote" -> "<blockquote>".repeat(count) + "<p>deepest</p>" + "</blockquote>".repeat(count);
            case "list" -> "<ul><li>level".repeat(count) + "deepest" + "</li></ul>".repeat(count);
            case "em" -> "<p>" + "<em>".repeat(count) + "deepest" + "</em>".repeat(count) + "</p>";
            case "mixed" -> "<blockquote><ol><li><div>".repeat(count) + "deepest"
                    + "</div></li></ol></blockquote>".repeat(count);
            case "links" -> "<p>" + "<a href=\"https://example.org\"><em>".repeat(count) + "deepest"
                    + "</em></a>".repeat(count) + "</p>";
            default -> throw new IllegalArgumentException(shape);
        };
    }

    private static void validatesWritesAndReadsBack(Article article) {
        assertThat(ArticleValidator.standard().validate(article).errors()).isEmpty();
        String json = ArticleJson.standard().write(article);
        assertThat(ArticleJson.standard().read(json)).isEqualTo(article);
    }

    @ParameterizedTest
    @CsvSource({"quote, 600", "list, 600", "em, 2000", "mixed, 300", "links, 1000", "quote, 4800", "list, 4800",
        "em, 16000", "mixed, 2400", "links, 8000"})
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void deepNestingIsFlattenedToWhatTheValidatorAndTheWriterAccept(String shape, int count) {
        String content = nested(shape, count);

        HtmlReadResult read = ArticleHtml.standard().readWithDiagnostics("<h1>Deep</h1>" + content);
        validatesWritesAndReadsBack(read.article());
        assertThat(read.article().plainText()).contains("deepest");
        // Reported once per flattened subtree, not once per element (jsoup may split a deep subtree in a few).
        assertThat(read.diagnostics()).filteredOn(d -> d.detail().contains("levels deep")).isNotEmpty()
                .hasSizeLessThan(5);

        PageImport imported = PageImporter.standard().importPage("<html><head><title>Deep</title></head><body>"
                + "<article><h1>Deep</h1>" + WORDS + content + "</article></body></html>");
        validatesWritesAndReadsBack(imported.article());
        assertThat(imported.article().plainText()).contains("deepest");
    }
}
