package dev.lede;

import dev.lede.internal.Checks;
import java.util.Arrays;
import java.util.List;

/**
 * One item of a {@link ListBlock}: usually a single paragraph, possibly several blocks (a paragraph and a
 * nested list, say). Immutable and thread-safe.
 *
 * @param blocks the item's content; not null, no null element
 */
public record ListItem(List<Block> blocks) {
    /** Copies the blocks. */
    public ListItem {
        blocks = Checks.copy(blocks, "blocks");
    }

    /**
     * An item holding one paragraph of plain text.
     *
     * @param text the text; not null
     * @return the item
     */
    public static ListItem of(String text) {
        return new ListItem(List.of(Paragraph.of(text)));
    }

    /**
     * An item holding the given blocks.
     *
     * @param blocks the blocks; not null
     * @return the item
     */
    public static ListItem of(Block... blocks) {
        return new ListItem(Arrays.asList(Checks.notNull(blocks, "blocks")));
    }
}
