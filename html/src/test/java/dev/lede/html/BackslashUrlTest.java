package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, backslashes: a browser reads {@code /\host} and {@code \\host} in an http(s) page as
 * {@code //host}, another host, so the reader and the importer resolve them so too, through core's
 * {@code UrlSafety.browserForm}, instead of as paths on the page's own host.
 */
class BackslashUrlTest {
    private static final URI PAGE = URI.create("https://site.example/dir/page");
    private static final String PROSE = "<p>This paragraph is long enough to be read as the text of an article,"
            + " with words enough in it, and a comma or two, so that it counts.</p>";

    @Test
    void theReaderResolvesBackslashedLinksAsBrowsersDo() {
        Article article = ArticleHtml.standard().read("<article><p><a href=\"/\\evil.example/x\">x</a> and "
                + "<a href=\"\\\\evil.example\\y\">y</a> and <a href=\"a\\b\">z</a></p></article>", PAGE);
        assertThat(article.lead().toString()).contains("href=https://evil.example/x", "href=https://evil.example/y",
                "href=https://site.example/dir/a/b");
    }

    @Test
    void theImporterResolvesBackslashedAddressesAsBrowsersDo() {
        String html = "<head><link rel=canonical href=\"\\\\site.example\\post\"></head><body><article><h1>T</h1>"
                + PROSE.repeat(3) + "<figure><img src=\"/\\cdn.example/a.png\" alt=Alt><figcaption>Caption"
                + "</figcaption></figure>" + PROSE + "</article></body>";
        PageImport imported = ArticleHtml.standard().importPage(html, PAGE);
        assertThat(imported.article().metadata().canonicalUrl()).contains(URI.create("https://site.example/post"));
        assertThat(imported.article().toString()).contains("https://cdn.example/a.png");
    }
}
