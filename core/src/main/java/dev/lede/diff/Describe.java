package dev.lede.diff;

import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Contributor;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Note;
import dev.lede.Paragraph;
import dev.lede.Publisher;
import dev.lede.Quote;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.util.List;

/**
 * A part in a few words, for a part that one side lacks or holds as another kind of block: its type and its
 * first words or its size ({@code Paragraph "Two leaders, a remote Arctic…"}, {@code Table 3×4}). Costs at most
 * the part's own text, never its descendants' walk.
 */
final class Describe {
    private Describe() {}

    static String block(Block block) {
        return block.accept(BLOCKS);
    }

    static String section(Section section) {
        return "Section " + Values.brief(section.heading().plainText());
    }

    static String item(ListItem item) {
        if (!item.blocks().isEmpty() && item.blocks().get(0) instanceof Paragraph) {
            return "ListItem " + Values.brief(((Paragraph) item.blocks().get(0)).text().plainText());
        }
        return "ListItem, " + count(item.blocks().size(), "block");
    }

    static String row(TableRow row) {
        return "TableRow, " + count(row.cells().size(), "cell");
    }

    static String cell(TableCell cell) {
        return "TableCell " + Values.brief(cell.content().plainText());
    }

    static String summaryRow(SummaryRow row) {
        return "SummaryRow " + Values.brief(row.aspect().plainText());
    }

    static String contributor(Contributor contributor) {
        return "Contributor " + Values.brief(contributor.name());
    }

    static String publisher(Publisher publisher) {
        return "Publisher " + Values.brief(publisher.name());
    }

    static String note(Note note) {
        return "Note " + note.kind() + note.title().map(title -> " " + Values.brief(title)).orElse("");
    }

    static String figure(Figure figure) {
        return "Figure " + Values.brief(figure.image().src());
    }

    /** The widest row's columns, counting colspans, summed in a long so that hostile spans do not wrap. */
    private static long widest(List<TableRow> rows) {
        long widest = 0;
        for (TableRow row : rows) {
            long width = 0;
            for (TableCell cell : row.cells()) {
                width += cell.colspan();
            }
            widest = Math.max(widest, width);
        }
        return widest;
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static final Block.Visitor<String> BLOCKS = new Block.Visitor<>() {
        @Override
        public String visitParagraph(Paragraph paragraph) {
            return "Paragraph " + Values.brief(paragraph.text().plainText());
        }

        @Override
        public String visitList(ListBlock list) {
            return "ListBlock " + (list.ordered() ? "numbered, " : "bulleted, ") + count(list.items().size(), "item");
        }

        @Override
        public String visitQuote(Quote quote) {
            return "Quote, " + count(quote.blocks().size(), "block");
        }

        @Override
        public String visitFigure(Figure figure) {
            return Describe.figure(figure);
        }

        @Override
        public String visitTable(Table table) {
            long columns = Math.max(widest(table.head()), widest(table.body()));
            return "Table " + (table.head().size() + table.body().size()) + "×" + columns;
        }

        @Override
        public String visitSummaryTable(SummaryTable table) {
            return "SummaryTable, " + count(table.rows().size(), "row");
        }

        @Override
        public String visitCode(CodeBlock code) {
            return "CodeBlock " + Values.brief(code.code());
        }

        @Override
        public String visitDivider(Divider divider) {
            return "Divider";
        }
    };
}
