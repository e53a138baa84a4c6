package dev.lede;

import dev.lede.internal.Checks;
import java.util.Arrays;
import java.util.List;

/**
 * A bulleted or numbered list. Immutable and thread-safe.
 *
 * @param ordered whether the items are numbered
 * @param start the number of the first item; always 1 for a bulleted list
 * @param items the items; not null, may be empty
 */
public record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
    /** Copies the items and checks that a bulleted list does not carry a start number. */
    public ListBlock {
        items = Checks.copy(items, "items");
        if (!ordered && start != 1) {
            throw new IllegalArgumentException("start must be 1 for a bulleted list, was " + start);
        }
    }

    /**
     * A bulleted list of plain-text items.
     *
     * @param items the items' texts; not null
     * @return the list
     */
    public static ListBlock bulleted(String... items) {
        return new ListBlock(false, 1, Arrays.stream(Checks.notNull(items, "items")).map(ListItem::of).toList());
    }

    /**
     * A numbered list of plain-text items, counting from 1.
     *
     * @param items the items' texts; not null
     * @return the list
     */
    public static ListBlock numbered(String... items) {
        return new ListBlock(true, 1, Arrays.stream(Checks.notNull(items, "items")).map(ListItem::of).toList());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitList(this);
    }
}
