package dev.lede;

import static dev.lede.internal.Checks.notNull;
import static dev.lede.internal.Checks.optional;

import dev.lede.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A two-column table that sums an article up, one aspect a row (the seed article's "Aspect / Summary" table).
 * Kept apart from {@link Table} because it means something: a reader can show it as a key-facts box.
 * Immutable and thread-safe.
 *
 * @param caption the caption, if any; not null
 * @param aspectLabel the first column's heading, such as "Aspect"; not null
 * @param summaryLabel the second column's heading, such as "Summary"; not null
 * @param rows the rows; not null
 */
public record SummaryTable(Optional<RichText> caption, String aspectLabel, String summaryLabel,
        List<SummaryRow> rows) implements Block {
    /** Copies and checks the components. */
    public SummaryTable {
        optional(caption, "caption");
        notNull(aspectLabel, "aspectLabel");
        notNull(summaryLabel, "summaryLabel");
        rows = Checks.copy(rows, "rows");
    }

    /**
     * A summary table without caption.
     *
     * @param aspectLabel the first column's heading; not null
     * @param summaryLabel the second column's heading; not null
     * @param rows the rows; not null
     * @return the table
     */
    public static SummaryTable of(String aspectLabel, String summaryLabel, SummaryRow... rows) {
        return new SummaryTable(Optional.empty(), aspectLabel, summaryLabel,
                Arrays.asList(Checks.notNull(rows, "rows")));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitSummaryTable(this);
    }
}
