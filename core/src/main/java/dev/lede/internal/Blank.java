package dev.lede.internal;

import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.util.List;
import java.util.Optional;

/**
 * The library's one meaning of "blank", shared by the validator and the readers (which drop blank paragraphs
 * and headings rather than produce what the validator rejects). Not part of the API.
 */
public final class Blank {
    /** Whether an inline's plain text is blank, stopping at the first character that is not. */
    private static final Inline.Visitor<Boolean> INLINE = new Inline.Visitor<>() {
        @Override
        public Boolean visitText(Inline.Text text) {
            return isBlank(text.text());
        }

        @Override
        public Boolean visitEmphasis(Inline.Emphasis emphasis) {
            return isBlank(emphasis.content());
        }

        @Override
        public Boolean visitStrong(Inline.Strong strong) {
            return isBlank(strong.content());
        }

        @Override
        public Boolean visitCode(Inline.Code code) {
            return isBlank(code.code());
        }

        @Override
        public Boolean visitLink(Inline.Link link) {
            return isBlank(link.content());
        }

        @Override
        public Boolean visitLineBreak(Inline.LineBreak lineBreak) {
            return true;
        }
    };

    private Blank() {}

    /**
     * Whether {@code text} holds nothing but whitespace, counting both {@link Character#isWhitespace} and
     * {@link Character#isSpaceChar} (so a run of no-break spaces is blank, unlike for {@code String.isBlank}).
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Whether rich text is blank by its {@linkplain PlainText plain text}, so that markup around nothing is still
     * blank. Judged inline by inline without building the text: that agrees with judging the joined text, as a
     * code point split between two inlines leaves unpaired surrogates, which are not blank, and no supplementary
     * code point is blank either.
     */
    public static boolean isBlank(RichText text) {
        for (Inline inline : text.inlines()) {
            if (!inline.accept(INLINE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a block is blank by its {@linkplain PlainText#of(Block) plain text}, judged part by part without
     * building the text, stopping at the first part that is not blank. The parts are those {@link PlainText}
     * joins (the separators it puts between them are blank); BlankTest checks the two agree on every kind of
     * block.
     */
    public static boolean isBlank(Block block) {
        return block.accept(BLOCK);
    }

    private static boolean allBlank(List<Block> blocks) {
        for (Block block : blocks) {
            if (!isBlank(block)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(Optional<RichText> text) {
        return text.isEmpty() || isBlank(text.get());
    }

    private static boolean rowsBlank(List<TableRow> rows) {
        for (TableRow row : rows) {
            for (TableCell cell : row.cells()) {
                if (!isBlank(cell.content())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Block.Visitor<Boolean> BLOCK = new Block.Visitor<>() {
        @Override
        public Boolean visitParagraph(Paragraph paragraph) {
            return isBlank(paragraph.text());
        }

        @Override
        public Boolean visitList(ListBlock list) {
            for (ListItem item : list.items()) {
                if (!allBlank(item.blocks())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Boolean visitQuote(Quote quote) {
            return allBlank(quote.blocks()) && isBlank(quote.attribution());
        }

        @Override
        public Boolean visitFigure(Figure figure) {
            return isBlank(figure.caption()) && isBlank(figure.credit().orElse(""));
        }

        @Override
        public Boolean visitTable(Table table) {
            return isBlank(table.caption()) && rowsBlank(table.head()) && rowsBlank(table.body());
        }

        @Override
        public Boolean visitSummaryTable(SummaryTable table) {
            if (!isBlank(table.caption()) || !isBlank(table.aspectLabel()) || !isBlank(table.summaryLabel())) {
                return false;
            }
            for (SummaryRow row : table.rows()) {
                if (!isBlank(row.aspect()) || !isBlank(row.summary())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Boolean visitCode(CodeBlock code) {
            return isBlank(code.code());
        }

        @Override
        public Boolean visitDivider(Divider divider) {
            return true;
        }
    };
}
