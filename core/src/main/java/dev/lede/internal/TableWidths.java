package dev.lede.internal;

import dev.lede.TableCell;
import dev.lede.TableRow;
import java.util.List;

/**
 * How wide table rows are, as the validator's {@code table.row-width} rule counts: each cell's colspan plus the
 * columns still covered by rowspans of earlier rows in the same group (as in HTML, a rowspan does not reach from
 * the head into the body). Shared by the validator and the page importer, which pads ragged rows. Not part of
 * the API.
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
}
