package dev.lede.html.internal;

import dev.lede.html.ArticleHtmlException;
import dev.lede.internal.UrlSafety;
import java.util.Locale;
import java.util.Set;

/**
 * The elements and attributes the renderer writes, for itself and for extensions ({@code BlockRenderer},
 * {@code AttributeProvider}): allowlists, so that no element whose content is not escaped text (script, style,
 * textarea, title, iframe, ...) and no attribute that runs script, styles, loads a document or pings can be
 * written, whatever an extension asks. Stateless.
 */
final class Markup {
    /** The standard markup's elements, then a few inert ones that block renderers commonly want. */
    private static final Set<String> ELEMENTS = Set.of(
            "article", "header", "h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "a", "time", "meta", "link",
            "figure", "img", "figcaption", "small", "section", "aside", "ul", "ol", "li", "blockquote", "footer",
            "pre", "code", "hr", "table", "caption", "thead", "tbody", "tr", "th", "td", "em", "strong", "br",
            "div", "nav", "address", "b", "i", "u", "s", "sub", "sup", "mark", "q", "abbr", "cite", "dfn", "kbd",
            "samp", "var", "del", "ins", "dl", "dt", "dd", "wbr", "tfoot", "colgroup", "col", "details",
            "summary");
    private static final Set<String> VOID_ELEMENTS = Set.of("meta", "link", "img", "hr", "br", "wbr", "col");
    private static final Set<String> ATTRIBUTES = Set.of(
            "class", "id", "lang", "dir", "title", "role", "translate", "itemscope", "itemtype", "itemprop",
            "itemid", "itemref", "content", "href", "hreflang", "src", "srcset", "sizes", "alt", "width", "height",
            "loading", "decoding", "datetime", "start", "reversed", "value", "cite", "colspan", "rowspan",
            "headers", "scope", "abbr", "span", "open");
    /** Allowed on {@code <a>} only: {@code <link rel>} would load a style sheet or a document. */
    private static final Set<String> LINK_ATTRIBUTES = Set.of("rel", "target");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

    private Markup() {}

    /** The element's name in lower case; throws when it is not on the allowlist. */
    static String element(String tagName) {
        String name = tagName.toLowerCase(Locale.ROOT);
        if (!ELEMENTS.contains(name)) {
            throw new ArticleHtmlException("the renderer does not write the element \"" + tagName + "\"", null);
        }
        return name;
    }

    static boolean isVoid(String element) {
        return VOID_ELEMENTS.contains(element);
    }

    /** The attribute's name in lower case; throws when it is null or not on the allowlist for the element. */
    static String attribute(String element, String name) {
        if (name == null) {
            throw new ArticleHtmlException("an attribute of <" + element + "> has no name", null);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (ATTRIBUTES.contains(lower) || isDataOrAria(lower)
                || (element.equals("a") && LINK_ATTRIBUTES.contains(lower))) {
            return lower;
        }
        throw new ArticleHtmlException("the renderer does not write the attribute \"" + name + "\" on <"
                + element + ">", null);
    }

    /** {@code data-x} and {@code aria-x}, x being lower-case letters, digits and hyphens. */
    private static boolean isDataOrAria(String name) {
        if (!(name.startsWith("data-") || name.startsWith("aria-")) || name.length() == 5) {
            return false;
        }
        for (int i = 5; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value may be written in an allowed attribute: URL attributes need safe URLs. */
    static boolean isSafeValue(String attribute, String value) {
        if (URL_ATTRIBUTES.contains(attribute)) {
            return UrlSafety.isSafeContentUrl(value);
        }
        return !attribute.equals("srcset") || isSafeSrcset(value);
    }

    /** Whether every image candidate of a {@code srcset} has a safe URL. */
    static boolean isSafeSrcset(String srcset) {
        return Srcset.parse(srcset).stream().allMatch(candidate -> UrlSafety.isSafeContentUrl(candidate.url()));
    }
}
