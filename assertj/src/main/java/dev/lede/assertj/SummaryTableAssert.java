package dev.lede.assertj;

import dev.lede.RichText;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.Texts;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a {@link SummaryTable}, the "Aspect / Summary" box of an article: its labels, its rows, and the
 * summary of one aspect. Made by {@link LedeAssertions#assertThat(SummaryTable)},
 * {@link BlockAssert#isSummaryTable()} or {@code summaryTable()}.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class SummaryTableAssert extends AbstractLedeAssert<SummaryTableAssert, SummaryTable> {
    /**
     * @param actual the summary table; may be null, which every check reports as a failure
     */
    public SummaryTableAssert(SummaryTable actual) {
        super(actual, SummaryTableAssert.class);
    }

    /**
     * Checks the two column labels.
     *
     * @param aspectLabel the expected label of the aspects' column, such as "Aspect"
     * @param summaryLabel the expected label of the summaries' column, such as "Summary"
     * @return this assertion
     */
    public SummaryTableAssert hasLabels(String aspectLabel, String summaryLabel) {
        List<String> expected = List.of(nonNull(aspectLabel, "aspectLabel"), nonNull(summaryLabel, "summaryLabel"));
        return check(t -> {
            List<String> actual = List.of(t.aspectLabel(), t.summaryLabel());
            return actual.equals(expected) ? Optional.empty()
                    : Optional.of("Expecting labels:\n  " + Texts.quotedList(expected) + "\nbut were:\n  "
                            + Texts.quotedList(actual));
        });
    }

    /**
     * The rows, as AssertJ's list assertion.
     *
     * @return an assertion on the rows
     */
    public ListAssert<SummaryRow> rows() {
        return navigateToList(path().isEmpty() ? "rows" : path() + ".rows", SummaryTable::rows);
    }

    /**
     * Each row's aspect as plain text, in order, as AssertJ's list assertion.
     *
     * @return an assertion on the aspects
     */
    public ListAssert<String> aspects() {
        return navigateToList(path().isEmpty() ? "aspects" : path() + " aspects",
                t -> t.rows().stream().map(r -> r.aspect().plainText()).toList());
    }

    /**
     * Each row's summary as plain text, in order, as AssertJ's list assertion.
     *
     * @return an assertion on the summaries
     */
    public ListAssert<String> summaries() {
        return navigateToList(path().isEmpty() ? "summaries" : path() + " summaries",
                t -> t.rows().stream().map(r -> r.summary().plainText()).toList());
    }

    /**
     * Navigates to the summary of the first row with the given aspect; fails listing the aspects there are.
     *
     * @param aspect the aspect's plain text, such as "Key players"
     * @return an assertion on the summary
     */
    public RichTextAssert summaryOf(String aspect) {
        nonNull(aspect, "aspect");
        return navigate(RichTextAssert.class, RichText.class, RichTextAssert::new, () -> {
            List<SummaryRow> rows = actual.rows();
            return IntStream.range(0, rows.size())
                    .filter(i -> rows.get(i).aspect().plainText().equals(aspect))
                    .mapToObj(i -> new Located<>((path().isEmpty() ? "" : path() + ".") + "rows[" + i + "].summary",
                            rows.get(i).summary()))
                    .findFirst();
        }, () -> "Expecting a row with aspect:\n  " + Texts.quote(aspect) + "\nbut the aspects are:\n  "
                + Texts.quotedList(actual.rows().stream().map(r -> r.aspect().plainText()).toList()));
    }
}
