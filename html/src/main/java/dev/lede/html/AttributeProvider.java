package dev.lede.html;

import java.util.Map;

/**
 * Adds, changes or removes attributes of the elements the renderer writes, in the manner of commonmark-java's
 * {@code AttributeProvider}. Registered with {@link ArticleHtml.Builder#attributeProvider}; called once for
 * every element that stands for a model value.
 *
 * <p>Implementations must be thread-safe when the {@link ArticleHtml} they are registered with is shared.
 * Whatever an implementation puts in the map is escaped. Attribute names must be on the allowlist in the
 * module's README ({@code class}, {@code id}, {@code data-*}, {@code aria-*}, {@code rel} on links, ...):
 * any other name, such as {@code style}, {@code srcdoc}, {@code ping} or {@code on...}, makes
 * {@link ArticleHtml#render} throw {@link ArticleHtmlException}. URL attributes ({@code href}, {@code src},
 * {@code cite}, and each candidate of {@code srcset}) with an unsafe scheme are left out.
 */
@FunctionalInterface
public interface AttributeProvider {
    /**
     * Adjusts the attributes of one element before it is written.
     *
     * @param node the model value the element stands for: an {@code Article}, {@code Metadata}, {@code Contributor},
     *     {@code Publisher}, {@code Section}, {@code Note},
     *     {@code Block}, {@code Inline}, {@code ListItem}, {@code TableRow}, {@code TableCell},
     *     {@code SummaryRow}, {@code Image} or {@code RichText}; not null
     * @param tagName the element's name in lower case, such as {@code "p"}; not null
     * @param attributes the attributes the renderer means to write, in order; mutable, not null
     */
    void setAttributes(Object node, String tagName, Map<String, String> attributes);
}
