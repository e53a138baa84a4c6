package dev.lede.html;

import dev.lede.Block;
import dev.lede.RichText;
import java.util.Map;

/**
 * What a {@link BlockRenderer} writes with. Everything written through it is escaped and safe: text and
 * attribute values are escaped; elements and attributes come from the allowlists in the module's README, so
 * no raw-text element ({@code script}, {@code style}, {@code textarea}, {@code title}, ...) and no attribute
 * such as {@code style} or {@code on...} can be written; URL attributes ({@code href}, {@code src},
 * {@code cite}, every {@code srcset} candidate) with an unsafe scheme are left out. Tags must nest: a block
 * renderer closes, innermost first, every element it opens and no other. A refusal throws
 * {@link ArticleHtmlException}, which {@link ArticleHtml#render} passes on. Valid only during the call it is
 * passed to; not thread-safe.
 */
public interface RenderContext {
    /**
     * Writes a start tag. The registered {@link AttributeProvider}s see the attributes first.
     *
     * @param node the model value the element stands for; not null
     * @param tagName the element's name, on the allowlist (any case; written in lower case); not null
     * @param attributes the attributes, names on the allowlist; a null value leaves one out; not null
     * @throws ArticleHtmlException when the element or an attribute is not on the allowlist
     */
    void openTag(Object node, String tagName, Map<String, String> attributes);

    /**
     * Writes an end tag.
     *
     * @param tagName the name of the innermost element this block renderer opened and has not closed; not null
     * @throws ArticleHtmlException when no such element is open, or it has another name
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
