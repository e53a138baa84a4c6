package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.validation.ArticleValidator;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's finding "lone surrogates": the validator now refuses them ({@code text.lone-surrogate}), so the
 * reader and the importer replace each with U+FFFD, as a browser's decoder does, and a pair is kept.
 */
class LoneSurrogateReadTest {
    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsStay() {
        String html = "<h1>Title \uD800 here</h1><p>high \uD83D alone, low \uDE00 alone, pair \uD83D\uDE00, end \uDBFF</p>"
                + "<p>reference &#xD800; here</p><figure><img src=\"a.png\" alt=\"alt \uDC00\"></figure>";

        Article read = ArticleHtml.standard().read(html);
        assertThat(read.metadata().title()).isEqualTo("Title \uFFFD here");
        assertThat(read.plainText()).contains("high \uFFFD alone, low \uFFFD alone, pair \uD83D\uDE00, end \uFFFD")
                .contains("reference \uFFFD here");
        assertThat(ArticleValidator.standard().validate(read).errors()).isEmpty();

        Article imported = PageImporter.standard().importPage("<html><body><article>" + html
                + "<p>Enough words here to make this page an article worth importing at all.</p></article></body></html>")
                .article();
        assertThat(ArticleValidator.standard().validate(imported).errors()).isEmpty();
        assertThat(imported.metadata().title()).isEqualTo("Title \uFFFD here");
        // JSON-LD's escapes too.
        Article fromJsonLd = PageImporter.standard().importPage("<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Escaped \\ud800 title\"}</script></head><body><article>"
                + "<p>Enough words here to make this page an article worth importing at all.</p></article></body></html>")
                .article();
        assertThat(ArticleValidator.standard().validate(fromJsonLd).errors()).isEmpty();
    }
}
