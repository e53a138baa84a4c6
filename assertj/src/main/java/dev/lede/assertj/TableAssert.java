package dev.lede.assertj;

import dev.lede.Table;
import dev.lede.TableRow;
import dev.lede.assertj.internal.Texts;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a {@link Table}: caption, header and body rows, as plain text. Made by
 * {@link LedeAssertions#assertThat(Table)}, {@link BlockAssert#isTable()} or {@code table(index)}.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class TableAssert extends AbstractLedeAssert<TableAssert, Table> {
    /**
     * @param actual the table; may be null, which every check reports as a failure
     */
    public TableAssert(Table actual) {
        super(actual, TableAssert.class);
    }

    /**
     * Checks the caption's plain text.
     *
     * @param caption the expected caption
     * @return this assertion
     */
    public TableAssert hasCaption(String caption) {
        nonNull(caption, "caption");
        return check(t -> {
            Optional<String> actual = t.caption().map(c -> c.plainText());
            if (actual.isEmpty()) {
                return Optional.of("Expecting caption:\n  " + Texts.quote(caption) + "\nbut there is none");
            }
            return actual.get().equals(caption) ? Optional.empty()
                    : Optional.of("Expecting caption:\n  " + Texts.quote(caption) + "\nbut was:\n  "
                            + Texts.quote(actual.get()));
        });
    }

    /**
     * Checks the cells of the first header row, as plain text.
     *
     * @param cells the expected cells, in order
     * @return this assertion
     */
    public TableAssert hasHeader(String... cells) {
        List<String> expected = List.of(nonNull(cells, "cells"));
        return check(t -> {
            List<String> actual = t.head().isEmpty() ? List.of() : texts(t.head().get(0));
            return actual.equals(expected) ? Optional.empty()
                    : Optional.of("Expecting header:\n  " + Texts.quotedList(expected) + "\nbut was:\n  "
                            + (t.head().isEmpty() ? "no header row" : Texts.quotedList(actual)));
        });
    }

    /**
     * Checks how many body rows the table has (header rows not counted).
     *
     * @param count the expected number
     * @return this assertion
     */
    public TableAssert hasRowCount(int count) {
        return check(t -> t.body().size() == count ? Optional.empty()
                : Optional.of("Expecting " + Texts.count(count, "body row") + ", but the table has "
                        + t.body().size()));
    }

    /**
     * The cells of a body row, as plain text, as AssertJ's list assertion; fails when there is no such row.
     *
     * @param index from 0, among the body rows
     * @return an assertion on the cells' texts
     */
    public ListAssert<String> row(int index) {
        return navigateToList((path().isEmpty() ? "body" : path() + ".body") + "[" + index + "]",
                t -> index >= 0 && index < t.body().size() ? Optional.of(texts(t.body().get(index)))
                        : Optional.empty(),
                t -> "Expecting a body row at index " + index + ", but the table has "
                        + Texts.count(t.body().size(), "body row"));
    }

    private static List<String> texts(TableRow row) {
        return row.cells().stream().map(c -> c.content().plainText()).toList();
    }
}
