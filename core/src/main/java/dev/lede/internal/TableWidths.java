package dev.lede.internal;

import dev.lede.TableCell;
import dev.lede.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * How wide table rows are, as the validator's {@code table.row-width} rule counts: each cell's colspan plus the
 * columns still covered by rowspans of earlier rows in the same group (as in HTML, a rowspan does not reach from
 * the head into the body). Shared by the validator and the page importer, which pads ragged rows. Not part of
 * the API.
 */
public final class TableWidths {
    private TableWidths() {}

    /** The width of each row of one group; in {@code long}, as colspans are unbounded ints whose sum may overflow. */
    public static long[] of(List<TableRow> rows) {
        long[] widths = new long[rows.size()];
        List<long[]> spanning = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            long width = 0;
            for (long[] span : spanning) {
                width += span[0];
            }
            spanning.removeIf(span -> --span[1] == 0);
            for (TableCell cell : rows.get(r).cells()) {
                width += cell.colspan();
                if (cell.rowspan() > 1) {
                    spanning.add(new long[] {cell.colspan(), cell.rowspan() - 1});
                }
            }
            widths[r] = width;
        }
        return widths;
    }
}
