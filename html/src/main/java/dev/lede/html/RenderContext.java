package dev.lede.html;

import dev.lede.Block;
import dev.lede.RichText;
import java.util.Map;

/**
 * What a {@link BlockRenderer} writes with. Everything written through it is escaped and safe: text and
 * attribute values are escaped, attributes named {@code on...} and URL attributes with an unsafe scheme are
 * dropped. Valid only during the call it is passed to; not thread-safe.
 */
public interface RenderContext {
    /**
     * Writes a start tag. The registered {@link AttributeProvider}s see the attributes first.
     *
     * @param node the model value the element stands for; not null
     * @param tagName the element's name, letters and digits only; not null
     * @param attributes the attributes; not null
     */
    void openTag(Object node, String tagName, Map<String, String> attributes);

    /**
     * Writes an end tag.
     *
     * @param tagName the element's name; not null
     */
    void closeTag(String tagName);

    /**
     * Writes escaped text.
     *
     * @param text the text; not null
     */
    void text(String text);

    /**
     * Writes rich text with the standard inline markup.
     *
     * @param text the rich text; not null
     */
    void inlines(RichText text);

    /**
     * Writes a block, asking the registered block renderers first.
     *
     * @param block the block; not null
     */
    void block(Block block);

    /**
     * Writes a block with the standard markup, asking no block renderer.
     *
     * @param block the block; not null
     */
    void standardBlock(Block block);

    /**
     * The class name the renderer uses for a role, with the configured prefix.
     *
     * @param role such as {@code "note"}; not null
     * @return the prefixed class name, such as {@code "lede-note"}
     */
    String cssClass(String role);
}
