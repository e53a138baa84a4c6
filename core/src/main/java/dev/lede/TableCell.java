package dev.lede;

import static dev.lede.internal.Checks.notNull;

/**
 * One cell of a {@link Table}. Immutable and thread-safe.
 *
 * @param content the cell's text; not null
 * @param header whether this is a header cell ({@code <th>}) rather than a data cell
 * @param colspan how many columns the cell spans; at least 1
 * @param rowspan how many rows the cell spans; at least 1
 */
public record TableCell(RichText content, boolean header, int colspan, int rowspan) {
    /** Checks the components. */
    public TableCell {
        notNull(content, "content");
        if (colspan < 1) {
            throw new IllegalArgumentException("colspan must be at least 1, was " + colspan);
        }
        if (rowspan < 1) {
            throw new IllegalArgumentException("rowspan must be at least 1, was " + rowspan);
        }
    }

    /**
     * A data cell of plain text spanning one column and one row.
     *
     * @param text the text; not null
     * @return the cell
     */
    public static TableCell of(String text) {
        return new TableCell(RichText.of(text), false, 1, 1);
    }

    /**
     * A header cell of plain text spanning one column and one row.
     *
     * @param text the text; not null
     * @return the cell
     */
    public static TableCell header(String text) {
        return new TableCell(RichText.of(text), true, 1, 1);
    }
}
