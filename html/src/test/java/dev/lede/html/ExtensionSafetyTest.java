package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Paragraph;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, "the extension API": what a {@link BlockRenderer} or an {@link AttributeProvider} asks for is held
 * to the same allowlists as the standard markup. Closing tags are checked and must close what the extension
 * opened, raw-text elements are refused, attributes come from an allowlist and every {@code srcset} candidate
 * is checked. Refusals are {@link ArticleHtmlException}s.
 */
class ExtensionSafetyTest {
    private static final Article ARTICLE = Article.builder().title("t").lead(new Divider()).lead("after").build();

    private static ArticleHtml dividerAs(BlockRenderer renderer) {
        return ArticleHtml.builder().blockRenderer((block, context) -> block instanceof Divider
                && renderer.render(block, context)).build();
    }

    @Test
    void closeTagWritesNoMarkupOffTheAllowlist() {
        ArticleHtml html = dividerAs((block, context) -> {
            context.openTag(block, "div", Map.of());
            context.closeTag("div><script>alert(1)</script");
            return true;
        });
        assertThatThrownBy(() -> html.render(ARTICLE)).isInstanceOf(ArticleHtmlException.class)
                .hasMessageContaining("does not write the element");
    }

    @Test
    void closeTagClosesOnlyTheInnermostElementTheExtensionOpened() {
        ArticleHtml closesTheArticle = dividerAs((block, context) -> {
            context.closeTag("article");
            return true;
        });
        assertThatThrownBy(() -> closesTheArticle.render(ARTICLE)).isInstanceOf(ArticleHtmlException.class)
                .hasMessageContaining("</article> closes no element opened here");
        ArticleHtml crosses = dividerAs((block, context) -> {
            context.openTag(block, "div", Map.of());
            context.openTag(block, "p", Map.of());
            context.closeTag("div");
            return true;
        });
        assertThatThrownBy(() -> crosses.render(ARTICLE)).isInstanceOf(ArticleHtmlException.class)
                .hasMessageContaining("(<p> is open)");
        ArticleHtml closesAVoidElement = dividerAs((block, context) -> {
            context.openTag(block, "hr", Map.of());
            context.closeTag("hr");
            return true;
        });
        assertThatThrownBy(() -> closesAVoidElement.render(ARTICLE)).isInstanceOf(ArticleHtmlException.class);
    }

    @Test
    void aBlockRendererMustCloseWhatItOpens() {
        ArticleHtml html = dividerAs((block, context) -> {
            context.openTag(block, "div", Map.of());
            return true;
        });
        assertThatThrownBy(() -> html.render(ARTICLE)).isInstanceOf(ArticleHtmlException.class)
                .hasMessageContaining("left <div> open");
    }

    @ParameterizedTest
    @ValueSource(strings = {"script", "SCRIPT", "style", "textarea", "title", "xmp", "iframe", "noembed",
        "noframes", "noscript", "plaintext", "template", "svg", "math", "object", "embed", "base", "form",
        "input", "frame", "listing"})
    void rawTextAndActiveElementsAreRefused(String element) {
        ArticleHtml html = dividerAs((block, context) -> {
            context.openTag(block, element, Map.of());
            context.text("alert(1)");
            context.closeTag(element);
            return true;
        });
        assertThatThrownBy(() -> html.render(ARTICLE)).isInstanceOf(ArticleHtmlException.class)
                .hasMessageContaining("does not write the element");
    }

    @ParameterizedTest
    @ValueSource(strings = {"style", "srcdoc", "xlink:href", "ping", "onclick", "ONERROR", "formaction",
        "http-equiv", "background", "poster", "data", "action", "is", "bad name", "data-", "data-a_b"})
    void anAttributeProviderCannotAddAnAttributeOffTheAllowlist(String attribute) {
        ArticleHtml html = ArticleHtml.builder().attributeProvider((node, tag, attributes) -> {
            if (node instanceof Paragraph) {
                attributes.put(attribute, "x");
            }
        }).build();
        assertThatThrownBy(() -> html.render(ARTICLE)).isInstanceOf(ArticleHtmlException.class)
                .hasMessageContaining("does not write the attribute");
    }

    @Test
    void anAttributeWithoutANameIsRefused() {
        ArticleHtml html = ArticleHtml.builder().attributeProvider((node, tag, attributes) -> {
            attributes.put(null, "x");
        }).build();
        assertThatThrownBy(() -> html.render(ARTICLE)).isInstanceOf(ArticleHtmlException.class)
                .hasMessageContaining("has no name");
    }

    @Test
    void openTagAttributesAreHeldToTheSameAllowlist() {
        ArticleHtml html = dividerAs((block, context) -> {
            context.openTag(block, "div", Map.of("style", "background:url(javascript:alert(1))"));
            context.closeTag("div");
            return true;
        });
        assertThatThrownBy(() -> html.render(ARTICLE)).isInstanceOf(ArticleHtmlException.class);
    }

    @Test
    void relIsAllowedOnLinksOnly() {
        ArticleHtml html = dividerAs((block, context) -> {
            context.openTag(block, "link", Map.of("rel", "stylesheet", "href", "https://evil.example/x.css"));
            return true;
        });
        assertThatThrownBy(() -> html.render(ARTICLE)).isInstanceOf(ArticleHtmlException.class);
    }

    @Test
    void allowedAttributesAreWrittenAndUnsafeUrlsLeftOut() {
        ArticleHtml html = dividerAs((block, context) -> {
            context.openTag(block, "div", Map.of("data-role", "break"));
            context.openTag(block, "a", new java.util.TreeMap<>(Map.of("href", "java\tscript:alert(1)",
                    "rel", "nofollow", "aria-label", "x")));
            context.closeTag("a");
            context.closeTag("div");
            return true;
        });
        assertThat(html.render(ARTICLE)).contains("<div data-role=\"break\"><a aria-label=\"x\" rel=\"nofollow\">"
                + "</a></div>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a.png 1x, javascript:alert(1) 2x", "/a.png, javascript:alert(1)", "/a.png,\tjavascript:x",
        "https://example.org/a.png 1x,  data:image/svg+xml,<svg onload=alert(1)> 2x", "/a.png (x, y) 1x, vbscript:x"})
    void everySrcsetCandidateIsChecked(String srcset) {
        assertThat(renderWithSrcset(srcset)).doesNotContain("srcset");
    }

    @Test
    void aSafeSrcsetIsWritten() {
        assertThat(renderWithSrcset("a.png 1x, https://example.org/b,c.png 2x"))
                .contains("srcset=\"a.png 1x, https://example.org/b,c.png 2x\"");
    }

    private static String renderWithSrcset(String srcset) {
        ArticleHtml html = ArticleHtml.builder().attributeProvider((node, tag, attributes) -> {
            if (tag.equals("img")) {
                attributes.put("srcset", srcset);
            }
        }).build();
        return html.render(Article.builder().title("t").lead(Figure.of("a.png", "A", "cap")).build());
    }
}
