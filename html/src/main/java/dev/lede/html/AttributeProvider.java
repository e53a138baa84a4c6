package dev.lede.html;

import java.util.Map;

/**
 * Adds, changes or removes attributes of the elements the renderer writes, in the manner of commonmark-java's
 * {@code AttributeProvider}. Registered with {@link ArticleHtml.Builder#attributeProvider}; called once for
 * every element that stands for a model value.
 *
 * <p>Implementations must be thread-safe when the {@link ArticleHtml} they are registered with is shared.
 * Whatever an implementation puts in the map is escaped; attributes named {@code on...} and URL attributes
 * ({@code href}, {@code src}, {@code cite}) with an unsafe scheme are never written.
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
