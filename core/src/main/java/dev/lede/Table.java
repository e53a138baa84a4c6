package dev.lede;

import static dev.lede.internal.Checks.optional;

import dev.lede.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A data table with header rows and body rows. Immutable and thread-safe.
 *
 * @param caption the caption, if any; not null
 * @param head the header rows ({@code <thead>}); not null, may be empty
 * @param body the body rows ({@code <tbody>}); not null, may be empty
 */
public record Table(Optional<RichText> caption, List<TableRow> head, List<TableRow> body) implements Block {
    /** Copies and checks the components. */
    public Table {
        optional(caption, "caption");
        head = Checks.copy(head, "head");
        body = Checks.copy(body, "body");
    }

    /**
     * A table of plain text with one header row.
     *
     * @param header the header cells' texts; not null
     * @param rows the body rows' cell texts; not null
     * @return the table
     */
    public static Table of(List<String> header, List<List<String>> rows) {
        Checks.notNull(header, "header");
        Checks.notNull(rows, "rows");
        TableRow head = new TableRow(header.stream().map(TableCell::header).toList());
        List<TableRow> body = rows.stream()
                .map(row -> new TableRow(row.stream().map(TableCell::of).toList()))
                .toList();
        return new Table(Optional.empty(), List.of(head), body);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTable(this);
    }
}
