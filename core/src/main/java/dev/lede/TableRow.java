package dev.lede;

import dev.lede.internal.Checks;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a {@link Table}. Immutable and thread-safe.
 *
 * @param cells the cells, left to right; not null
 */
public record TableRow(List<TableCell> cells) {
    /** Copies the cells. */
    public TableRow {
        cells = Checks.copy(cells, "cells");
    }

    /**
     * A row of cells.
     *
     * @param cells the cells; not null
     * @return the row
     */
    public static TableRow of(TableCell... cells) {
        return new TableRow(Arrays.asList(Checks.notNull(cells, "cells")));
    }

    /**
     * The number of columns the row covers, counting each cell's colspan.
     *
     * @return the width in columns
     */
    public int width() {
        int width = 0;
        for (TableCell cell : cells) {
            width += cell.colspan();
        }
        return width;
    }
}
