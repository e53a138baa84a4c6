package dev.lede;

import dev.lede.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The block-adding methods of {@link Section.Builder}, kept apart so that any later builder of block content
 * (notes, quotes) reads the same. Not thread-safe: a builder belongs to the thread that fills it.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 */
public abstract class ContentBuilder<B extends ContentBuilder<B>> {
    private final List<Block> blocks = new ArrayList<>();

    ContentBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Adds a block.
     *
     * @param block the block; not null
     * @return this builder
     */
    public B block(Block block) {
        blocks.add(Checks.notNull(block, "block"));
        return self();
    }

    /**
     * Adds a paragraph of plain text.
     *
     * @param text the text; not null
     * @return this builder
     */
    public B paragraph(String text) {
        return block(Paragraph.of(text));
    }

    /**
     * Adds a paragraph of inlines.
     *
     * @param inlines the inlines; not null
     * @return this builder
     */
    public B paragraph(Inline... inlines) {
        return block(Paragraph.of(inlines));
    }

    /**
     * Adds a bulleted list of plain-text items.
     *
     * @param items the items; not null
     * @return this builder
     */
    public B bulleted(String... items) {
        return block(ListBlock.bulleted(items));
    }

    /**
     * Adds a numbered list of plain-text items.
     *
     * @param items the items; not null
     * @return this builder
     */
    public B numbered(String... items) {
        return block(ListBlock.numbered(items));
    }

    /**
     * Adds a one-paragraph quote.
     *
     * @param text the quoted text; not null
     * @param attribution who said it; not null
     * @return this builder
     */
    public B quote(String text, String attribution) {
        return block(Quote.of(text, attribution));
    }

    /**
     * Adds a figure with a caption.
     *
     * @param src the image address; not null
     * @param alt the text alternative; not null
     * @param caption the caption; not null
     * @return this builder
     */
    public B figure(String src, String alt, String caption) {
        return block(Figure.of(src, alt, caption));
    }

    /**
     * Adds a plain-text table with one header row.
     *
     * @param header the header cells; not null
     * @param rows the body rows; not null
     * @return this builder
     */
    public B table(List<String> header, List<List<String>> rows) {
        return block(Table.of(header, rows));
    }

    /**
     * Adds a summary table.
     *
     * @param aspectLabel the first column's heading; not null
     * @param summaryLabel the second column's heading; not null
     * @param rows the rows; not null
     * @return this builder
     */
    public B summaryTable(String aspectLabel, String summaryLabel, SummaryRow... rows) {
        return block(SummaryTable.of(aspectLabel, summaryLabel, rows));
    }

    /**
     * Adds a code block.
     *
     * @param language the language, or null when unknown
     * @param code the code; not null
     * @return this builder
     */
    public B code(String language, String code) {
        return block(new CodeBlock(Optional.ofNullable(language), code));
    }

    /**
     * Adds a divider.
     *
     * @return this builder
     */
    public B divider() {
        return block(new Divider());
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
