package dev.lede;

import static dev.lede.internal.Checks.notNull;

/**
 * One row of a {@link SummaryTable}: an aspect and its summary. Immutable and thread-safe.
 *
 * @param aspect the aspect; not null
 * @param summary what the article says about it; not null
 */
public record SummaryRow(RichText aspect, RichText summary) {
    /** Checks the components. */
    public SummaryRow {
        notNull(aspect, "aspect");
        notNull(summary, "summary");
    }

    /**
     * A row of plain text.
     *
     * @param aspect the aspect; not null
     * @param summary the summary; not null
     * @return the row
     */
    public static SummaryRow of(String aspect, String summary) {
        return new SummaryRow(RichText.of(aspect), RichText.of(summary));
    }
}
