package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.RichText;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TableWidthsTest {
    private static TableCell cell(String text, int rowspan) {
        return new TableCell(RichText.of(text), false, 1, rowspan);
    }

    /**
     * Issue 12, "rendered pages do not always conform to HTML" (table spans): rows with no cell beginning in
     * them are dropped and rowspans reaching over them shortened, so every other cell keeps its place; a
     * rowspan past the group's end is shortened to it.
     */
    @Test
    void spannedInGroupDropsRowsWithoutCellsAndShortensRowspans() {
        List<TableRow> rows = List.of(
                TableRow.of(cell("a", 3), cell("b", 2)),
                TableRow.of(),
                TableRow.of(cell("c", 1)),
                TableRow.of(cell("d", 1), cell("e", 9)));
        TableWidths.Spanned spanned = TableWidths.spannedInGroup(rows);
        assertThat(spanned.rows()).containsExactly(
                TableRow.of(cell("a", 2), cell("b", 1)),
                TableRow.of(cell("c", 1)),
                TableRow.of(cell("d", 1), cell("e", 1)));
        assertThat(spanned.dropped()).isEqualTo(1);
        assertThat(spanned.shortened()).isEqualTo(1);
        assertThat(TableWidths.of(spanned.rows())).containsExactly(2, 2, 2);
    }

    @Test
    void spannedInGroupKeepsAConformingGroup() {
        List<TableRow> rows = List.of(TableRow.of(cell("a", 2), cell("b", 1)), TableRow.of(cell("c", 1)));
        TableWidths.Spanned spanned = TableWidths.spannedInGroup(rows);
        assertThat(spanned.rows()).isEqualTo(rows);
        assertThat(spanned.dropped() + spanned.shortened()).isZero();
    }

    /** Linear whatever the spans: 100,000 rows, most without cells, under one rowspan of them all. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void spannedInGroupIsLinear() {
        List<TableRow> rows = new ArrayList<>(Collections.nCopies(100_000, TableRow.of()));
        for (int r = 0; r < rows.size(); r += 2) {
            rows.set(r, TableRow.of(cell("x", Integer.MAX_VALUE), cell("y", Integer.MAX_VALUE)));
        }
        TableWidths.Spanned spanned = TableWidths.spannedInGroup(rows);
        assertThat(spanned.rows()).hasSize(50_000);
        assertThat(spanned.rows().get(0).cells().get(0).rowspan()).isEqualTo(50_000);
        assertThat(spanned.shortened()).isEqualTo(100_000);
    }
}
