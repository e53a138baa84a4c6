package dev.lede.html.internal;

import static dev.lede.html.internal.AttributeValues.integer;

import dev.lede.Block;
import dev.lede.RichText;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import dev.lede.html.HtmlDiagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Reads {@code <table>} as a table, or as a summary table when it is marked as one and fits; cells' content
 * through the {@link BlockReader}'s inline reader. Arguments are not null. Not thread-safe: one per read.
 */
final class TableReader {
    private static final int MAX_ROWSPAN = 65534;

    private final BlockReader blocks;

    TableReader(BlockReader blocks) {
        this.blocks = blocks;
    }

    Block table(Element table, int depth) {
        List<Element> captions = new ArrayList<>();
        List<TableRow> head = new ArrayList<>();
        List<TableRow> body = new ArrayList<>();
        for (Element child = table.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!blocks.admit(child, depth + 1)) {
                continue;
            }
            switch (child.normalName()) {
                case "caption" -> captions.add(child);
                case "thead" -> rows(child, head, depth + 1);
                case "tbody", "tfoot" -> rows(child, body, depth + 1);
                case "tr" -> body.add(row(child, depth + 1));
                default -> blocks.diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, child, "<"
                        + child.normalName() + "> in a table outside any cell");
            }
        }
        Optional<RichText> caption = blocks.inline.captions(captions, depth + 1);
        if (isSummary(table)) {
            Optional<SummaryTable> summary = summary(caption, head, body);
            if (summary.isPresent()) {
                return summary.get();
            }
            blocks.diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, table, "a summary table needs two plain "
                    + "cells a row; read as a table");
        }
        return new Table(caption, head, body);
    }

    private boolean isSummary(Element table) {
        return blocks.imported.isSummaryTable(table)
                || table.attr(Vocabulary.ROLE).equals(Vocabulary.SUMMARY_TABLE);
    }

    private static Optional<SummaryTable> summary(Optional<RichText> caption, List<TableRow> head,
            List<TableRow> body) {
        if (head.size() > 1 || (head.size() == 1 && !isPair(head.get(0)))) {
            return Optional.empty();
        }
        List<SummaryRow> rows = new ArrayList<>();
        for (TableRow row : body) {
            if (!isPair(row)) {
                return Optional.empty();
            }
            rows.add(new SummaryRow(row.cells().get(0).content(), row.cells().get(1).content()));
        }
        String aspect = head.isEmpty() ? "" : InlineCollector.plain(head.get(0).cells().get(0).content());
        String summary = head.isEmpty() ? "" : InlineCollector.plain(head.get(0).cells().get(1).content());
        return Optional.of(new SummaryTable(caption, aspect, summary, rows));
    }

    private static boolean isPair(TableRow row) {
        if (row.cells().size() != 2) {
            return false;
        }
        for (TableCell cell : row.cells()) {
            if (cell.colspan() != 1 || cell.rowspan() != 1) {
                return false;
            }
        }
        return true;
    }

    private void rows(Element group, List<TableRow> into, int depth) {
        for (Element child = group.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs("tr") && blocks.admit(child, depth + 1)) {
                into.add(row(child, depth + 1));
            }
        }
    }

    private TableRow row(Element row, int depth) {
        List<TableCell> cells = new ArrayList<>();
        for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            if ((cell.nameIs("td") || cell.nameIs("th")) && blocks.admit(cell, depth + 1)) {
                cells.add(new TableCell(blocks.inline.inlineContent(cell, depth + 1), cell.nameIs("th"),
                        span(cell.attr("colspan"), HtmlReader.MAX_COLSPAN),
                        span(cell.attr("rowspan"), MAX_ROWSPAN)));
            }
        }
        return new TableRow(cells);
    }

    private static int span(String value, int max) {
        int span = integer(value).orElse(1);
        return span < 1 ? 1 : Math.min(span, max);
    }
}
