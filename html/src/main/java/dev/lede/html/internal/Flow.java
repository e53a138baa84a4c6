package dev.lede.html.internal;

import dev.lede.Block;
import dev.lede.Paragraph;
import dev.lede.RichText;
import dev.lede.internal.Blank;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;

/**
 * A block context: blocks go to a consumer, inline content between them gathers into paragraphs, and headings
 * go where the context sends them. Arguments are not null. Not thread-safe: one per block context of a read.
 */
final class Flow {
    /** Where a flow sends a heading: to the outline at the top level, elsewhere into a paragraph. */
    interface HeadingSink {
        void heading(int level, RichText text, Element element, Flow flow);
    }

    private final Consumer<Block> blocks;
    final HeadingSink headings;
    final InlineCollector inline = new InlineCollector(false);
    private boolean hasBlocks;

    Flow(Consumer<Block> blocks, HeadingSink headings) {
        this.blocks = blocks;
        this.headings = headings;
    }

    void flush() {
        addParagraph(inline.finish());
    }

    /** Adds a paragraph unless it is blank: an empty or {@code &nbsp;} paragraph is spacing, not text. */
    void addParagraph(RichText text) {
        if (!Blank.isBlank(text)) {
            add(new Paragraph(text));
        }
    }

    void add(Block block) {
        hasBlocks = true;
        blocks.accept(block);
    }

    boolean hasBlocks() {
        return hasBlocks;
    }
}
