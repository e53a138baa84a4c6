package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.testing.SeedArticle;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The usage snippet of html/README.md, kept here word for word so that the README cannot drift. */
class ReadmeExampleTest {
    @Test
    void theReadmeSnippetRuns() {
        Article article = SeedArticle.article();

        ArticleHtml html = ArticleHtml.standard();
        String fragment = html.render(article);          // <article>...</article>, metadata included
        String page = html.renderDocument(article);      // <!DOCTYPE html>... head, Open Graph, JSON-LD
        Article back = html.read(fragment);              // equal to article

        ArticleHtml custom = ArticleHtml.builder()
            .pretty(true)                                // one block element a line (default: compact)
            .classPrefix("story-")                       // default "lede-"
            .jsonLd(false)                               // default on
            .maxInputLength(2_000_000)                   // characters; default 10,000,000
            .maxDepth(128)                               // element nesting; default 512
            .build();
        HtmlReadResult result = custom.readWithDiagnostics(page, URI.create("https://example.org/news/"));
        result.diagnostics();                            // what the reader left out, and where

        assertThat(fragment).startsWith("<article");
        assertThat(page).startsWith("<!DOCTYPE html>");
        assertThat(back).isEqualTo(article);
        assertThat(result.article().metadata()).isEqualTo(article.metadata());
        assertThat(result.diagnostics()).isEmpty();
    }
}
