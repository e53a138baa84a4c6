package dev.lede.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.RichText;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.util.List;
import org.assertj.core.groups.Tuple;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableRowWidthTest {
    private static TableCell cell(int colspan, int rowspan) {
        return new TableCell(RichText.of("c"), false, colspan, rowspan);
    }

    private static TableRow row(TableCell... cells) {
        return TableRow.of(cells);
    }

    private static List<Tuple> check(List<TableRow> head, List<TableRow> body) {
        ValidationReport report = ArticleValidator.standard()
                .validate(Articles.withLead(new Table(Optional.empty(), head, body)));
        return report.violations().stream().map(v -> tuple(v.path(), v.code(), v.message())).toList();
    }

    @Test
    void rowsAsWideAsTheHeaderPass() {
        assertThat(check(List.of(row(cell(1, 1), cell(1, 1), cell(1, 1))),
                List.of(row(cell(2, 1), cell(1, 1)), row(cell(3, 1))))).isEmpty();
    }

    @Test
    void narrowerAndWiderRowsAreEachReported() {
        assertThat(check(List.of(row(cell(1, 1), cell(1, 1))),
                List.of(row(cell(1, 1)), row(cell(1, 1), cell(1, 1)), row(cell(2, 1), cell(1, 1))))).containsExactly(
                tuple("lead[0].body[0]", "table.row-width", "row spans 1 column(s) but the table has 2"),
                tuple("lead[0].body[2]", "table.row-width", "row spans 3 column(s) but the table has 2"));
    }

    @Test
    void columnsCoveredByAnEarlierRowspanCount() {
        List<TableRow> body = List.of(
                row(cell(1, 3), cell(1, 1), cell(1, 1)),
                row(cell(1, 1), cell(1, 1)),
                row(cell(2, 1)),
                row(cell(1, 1), cell(1, 1), cell(1, 1)));
        assertThat(check(List.of(row(cell(3, 1))), body)).isEmpty();
    }

    @Test
    void aRowThatIgnoresARowspanIsTooWide() {
        List<TableRow> body = List.of(row(cell(2, 2), cell(1, 1)), row(cell(1, 1), cell(1, 1), cell(1, 1)));
        assertThat(check(List.of(row(cell(1, 1), cell(1, 1), cell(1, 1))), body)).containsExactly(
                tuple("lead[0].body[1]", "table.row-width", "row spans 5 column(s) but the table has 3"));
    }

    @Test
    void withoutAHeadTheFirstBodyRowSetsTheWidth() {
        assertThat(check(List.of(), List.of(row(cell(1, 1), cell(1, 1)), row(cell(1, 1)))))
                .containsExactly(tuple("lead[0].body[1]", "table.row-width", "row spans 1 column(s) but the table has 2"));
    }

    @Test
    void headRowsAreCheckedAndRowspansStayInTheirGroup() {
        List<TableRow> head = List.of(row(cell(1, 2), cell(1, 1)), row(cell(1, 1)), row(cell(1, 1)));
        List<TableRow> body = List.of(row(cell(1, 1)), row(cell(1, 1), cell(1, 1)));
        assertThat(check(head, body)).containsExactly(
                tuple("lead[0].head[2]", "table.row-width", "row spans 1 column(s) but the table has 2"),
                tuple("lead[0].body[0]", "table.row-width", "row spans 1 column(s) but the table has 2"));
    }

    @Test
    void hugeSpansNeitherOverflowNorExhaustMemory() {
        TableCell huge = cell(Integer.MAX_VALUE, Integer.MAX_VALUE);
        assertThat(check(List.of(row(huge, huge)), List.of(row(cell(1, 1))))).containsExactly(
                tuple("lead[0].head[0]", "table.span", "cell 0 spans 2147483647 rows, past the last row of the head,"
                        + " which HTML's table model does not allow"),
                tuple("lead[0].body[0]", "table.row-width", "row spans 1 column(s) but the table has 4294967294"));
    }

    @Test
    void emptyTablesPass() {
        assertThat(check(List.of(), List.of())).isEmpty();
    }

    /**
     * Issue 12, "rendered pages do not always conform to HTML" (table spans): HTML's table model refuses a row
     * with no cell beginning in it, whether cells of earlier rows cover it or nothing does.
     */
    @Test
    void aRowWithNoCellBeginningInItIsASpanError() {
        List<TableRow> body = List.of(row(cell(1, 2), cell(1, 2)), row(), row(cell(2, 1)));
        assertThat(check(List.of(), body)).containsExactly(tuple("lead[0].body[1]", "table.span",
                "row has no cell beginning in it, which HTML's table model does not allow"));
        assertThat(check(List.of(), List.of(row(), row()))).extracting(t -> t.toList().get(1))
                .containsExactly("table.span", "table.span");
    }

    /** Issue 12 (table spans): a rowspan past the last row of its group, head or body, is refused by HTML. */
    @Test
    void aRowspanPastTheEndOfItsGroupIsASpanError() {
        List<TableRow> head = List.of(row(cell(1, 2), cell(1, 1)), row(cell(1, 1)));
        List<TableRow> body = List.of(row(cell(1, 1), cell(1, 3)), row(cell(1, 1)));
        assertThat(check(head, body)).containsExactly(tuple("lead[0].body[0]", "table.span",
                "cell 1 spans 3 rows, past the last row of the body, which HTML's table model does not allow"));
    }
}
