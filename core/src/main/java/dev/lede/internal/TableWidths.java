package dev.lede.internal;

import dev.lede.TableCell;
import dev.lede.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * How wide table rows are, as the validator's {@code table.row-width} rule counts: each cell's colspan plus the
 * columns still covered by rowspans of earlier rows in the same group (as in HTML, a rowspan does not reach from
 * the head into the body), and how the rows of a group fit HTML's table model ({@link #spannedInGroup}). Shared by
 * the validator, the page importer, which pads ragged rows and repairs spans, and the test article generator.
 * Not part of the API.
 */
public final class TableWidths {
    private TableWidths() {}

    /**
     * The width of each row of one group; in {@code long}, as colspans are unbounded ints whose sum may overflow.
     * Linear in the rows and cells: a rowspan only adds its columns to the rows of the group it reaches, counted
     * once where it starts and subtracted once past where it ends, so a rowspan of {@code 2147483647} costs what
     * a rowspan of 2 does.
     */
    public static long[] of(List<TableRow> rows) {
        long[] widths = new long[rows.size()];
        // change[r]: the columns that rowspans of earlier rows start or stop covering at row r
        long[] change = new long[rows.size() + 1];
        long covered = 0;
        for (int r = 0; r < rows.size(); r++) {
            covered += change[r];
            long width = covered;
            for (TableCell cell : rows.get(r).cells()) {
                width += cell.colspan();
                if (cell.rowspan() > 1 && r + 1 < rows.size()) {
                    change[r + 1] += cell.colspan();
                    change[(int) Math.min((long) r + cell.rowspan(), rows.size())] -= cell.colspan();
                }
            }
            widths[r] = width;
        }
        return widths;
    }

    /**
     * One row group as HTML's table model requires it ({@code table.span}): every rowspan ends within the group
     * and every row has a cell beginning in it. Rowspans are shortened to the group's last row, and rows with
     * no cell are dropped, each rowspan reaching over them shortened by as many rows, so that every other cell
     * keeps its place. Linear in the rows and cells, whatever the rowspans.
     *
     * @return the group with its spans in it, and how many rowspans were shortened and rows dropped
     */
    public static Spanned spannedInGroup(List<TableRow> rows) {
        // emptyBefore[r]: how many of rows 0 to r - 1 have no cell
        int[] emptyBefore = new int[rows.size() + 1];
        for (int r = 0; r < rows.size(); r++) {
            emptyBefore[r + 1] = emptyBefore[r] + (rows.get(r).cells().isEmpty() ? 1 : 0);
        }
        int shortened = 0;
        List<TableRow> kept = new ArrayList<>(rows.size() - emptyBefore[rows.size()]);
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> cells = rows.get(r).cells();
            if (cells.isEmpty()) {
                continue;
            }
            List<TableCell> spanned = new ArrayList<>(cells.size());
            for (TableCell cell : cells) {
                int end = (int) Math.min((long) r + cell.rowspan(), rows.size());
                shortened += (long) r + cell.rowspan() > rows.size() ? 1 : 0;
                int rowspan = end - r - (emptyBefore[end] - emptyBefore[r]);
                spanned.add(rowspan == cell.rowspan() ? cell
                        : new TableCell(cell.content(), cell.header(), cell.colspan(), rowspan));
            }
            kept.add(new TableRow(spanned));
        }
        return new Spanned(kept, shortened, emptyBefore[rows.size()]);
    }

    /**
     * A row group with its spans in it.
     *
     * @param rows the rows
     * @param shortened how many rowspans ran past the group's end and were shortened
     * @param dropped how many rows had no cell and were dropped
     */
    public record Spanned(List<TableRow> rows, int shortened, int dropped) {}
}
