package dev.lede.internal;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Note;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The plain text of model values. Blocks are separated by a blank line, list items and table rows by a line
 * break, table cells by a tab; empty parts are left out. Not part of the API.
 */
public final class PlainText {
    private static final String BLOCK_SEPARATOR = "\n\n";

    private PlainText() {}

    public static String of(RichText text) {
        StringBuilder out = new StringBuilder();
        new InlineText(out).append(text);
        return out.toString();
    }

    public static String of(Block block) {
        return block.accept(BLOCKS);
    }

    public static String of(Section section) {
        List<String> parts = new ArrayList<>();
        parts.add(of(section.heading()));
        section.blocks().forEach(block -> parts.add(of(block)));
        section.subsections().forEach(sub -> parts.add(of(sub)));
        return join(parts, BLOCK_SEPARATOR);
    }

    public static String of(Note note) {
        List<String> parts = new ArrayList<>();
        note.title().ifPresent(parts::add);
        note.blocks().forEach(block -> parts.add(of(block)));
        return join(parts, BLOCK_SEPARATOR);
    }

    public static String of(Article article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.metadata().title());
        article.metadata().subtitle().ifPresent(parts::add);
        article.hero().ifPresent(hero -> parts.add(of(hero)));
        article.lead().forEach(block -> parts.add(of(block)));
        article.sections().forEach(section -> parts.add(of(section)));
        article.notes().forEach(note -> parts.add(of(note)));
        return join(parts, BLOCK_SEPARATOR);
    }

    private static String join(List<String> parts, String separator) {
        StringJoiner joiner = new StringJoiner(separator);
        for (String part : parts) {
            if (!part.isEmpty()) {
                joiner.add(part);
            }
        }
        return joiner.toString();
    }

    private static String blocks(List<Block> blocks) {
        List<String> parts = new ArrayList<>(blocks.size());
        blocks.forEach(block -> parts.add(of(block)));
        return join(parts, BLOCK_SEPARATOR);
    }

    private static String optional(Optional<RichText> text) {
        return text.map(PlainText::of).orElse("");
    }

    /** Appends the text of inlines, nested ones included, to one buffer; one instance per call of {@link #of}. */
    private static final class InlineText implements Inline.Visitor<Void> {
        private final StringBuilder out;

        InlineText(StringBuilder out) {
            this.out = out;
        }

        void append(RichText text) {
            for (Inline inline : text.inlines()) {
                inline.accept(this);
            }
        }

        @Override
        public Void visitText(Inline.Text text) {
            out.append(text.text());
            return null;
        }

        @Override
        public Void visitEmphasis(Inline.Emphasis emphasis) {
            append(emphasis.content());
            return null;
        }

        @Override
        public Void visitStrong(Inline.Strong strong) {
            append(strong.content());
            return null;
        }

        @Override
        public Void visitCode(Inline.Code code) {
            out.append(code.code());
            return null;
        }

        @Override
        public Void visitLink(Inline.Link link) {
            append(link.content());
            return null;
        }

        @Override
        public Void visitLineBreak(Inline.LineBreak lineBreak) {
            out.append('\n');
            return null;
        }
    }

    private static final Block.Visitor<String> BLOCKS = new Block.Visitor<>() {
        @Override
        public String visitParagraph(Paragraph paragraph) {
            return of(paragraph.text());
        }

        @Override
        public String visitList(ListBlock list) {
            List<String> items = new ArrayList<>(list.items().size());
            for (ListItem item : list.items()) {
                items.add(blocks(item.blocks()));
            }
            return join(items, "\n");
        }

        @Override
        public String visitQuote(Quote quote) {
            return join(List.of(blocks(quote.blocks()), optional(quote.attribution())), BLOCK_SEPARATOR);
        }

        @Override
        public String visitFigure(Figure figure) {
            return join(List.of(optional(figure.caption()), figure.credit().orElse("")), "\n");
        }

        @Override
        public String visitTable(Table table) {
            List<String> rows = new ArrayList<>();
            table.caption().ifPresent(caption -> rows.add(of(caption)));
            for (List<TableRow> group : List.of(table.head(), table.body())) {
                for (TableRow row : group) {
                    List<String> cells = new ArrayList<>(row.cells().size());
                    for (TableCell cell : row.cells()) {
                        cells.add(of(cell.content()));
                    }
                    rows.add(String.join("\t", cells));
                }
            }
            return join(rows, "\n");
        }

        @Override
        public String visitSummaryTable(SummaryTable table) {
            List<String> rows = new ArrayList<>();
            rows.add(optional(table.caption()));
            rows.add(table.aspectLabel() + "\t" + table.summaryLabel());
            for (SummaryRow row : table.rows()) {
                rows.add(of(row.aspect()) + "\t" + of(row.summary()));
            }
            return join(rows, "\n");
        }

        @Override
        public String visitCode(CodeBlock code) {
            return code.code();
        }

        @Override
        public String visitDivider(Divider divider) {
            return "";
        }
    };
}
