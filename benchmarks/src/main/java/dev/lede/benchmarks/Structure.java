package dev.lede.benchmarks;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Note;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.Section;
import dev.lede.SummaryTable;
import dev.lede.Table;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * How much structure an extraction kept: headings, tables, list items and figures. Immutable and thread-safe.
 *
 * @param headings headings other than the title
 * @param tables tables, including summary tables
 * @param listItems list items at any depth
 * @param figures figures and images
 */
public record Structure(int headings, int tables, int listItems, int figures) {

    /**
     * Counts the structure of HTML the way a reader sees it: {@code h1}-{@code h6} except those whose text is
     * the title, {@code table} elements, {@code li} elements, and {@code figure} elements plus the
     * {@code img} elements outside a figure.
     *
     * @param root the content; not null
     * @param title the article's title, compared after {@link Agreement#normalise(String)}; not null
     * @return the counts; never null
     */
    public static Structure of(Element root, String title) {
        String normalisedTitle = Agreement.normalise(title);
        int headings = (int) root.select("h1, h2, h3, h4, h5, h6").stream()
                .filter(h -> !Agreement.normalise(h.text()).equals(normalisedTitle))
                .count();
        int figures = root.select("figure").size()
                + (int) root.select("img").stream().filter(img -> img.closest("figure") == null).count();
        return new Structure(headings, root.select("table").size(), root.select("li").size(), figures);
    }

    /**
     * Counts the structure of an article: a heading per section, tables and summary tables, list items, and
     * figures including the hero, wherever they are nested (lists, quotes, notes).
     *
     * @param article the article; not null
     * @return the counts; never null
     */
    public static Structure of(Article article) {
        Counter counter = new Counter();
        counter.figures += article.hero().isPresent() ? 1 : 0;
        counter.blocks(article.lead());
        for (Section section : article.allSections()) {
            counter.headings++;
            counter.blocks(section.blocks());
        }
        for (Note note : article.notes()) {
            counter.blocks(note.blocks());
        }
        return new Structure(counter.headings, counter.tables, counter.listItems, counter.figures);
    }

    private static final class Counter implements Block.Visitor<Void> {
        int headings;
        int tables;
        int listItems;
        int figures;

        void blocks(List<Block> blocks) {
            for (Block block : blocks) {
                block.accept(this);
            }
        }

        @Override
        public Void visitParagraph(Paragraph paragraph) {
            return null;
        }

        @Override
        public Void visitList(ListBlock list) {
            listItems += list.items().size();
            for (ListItem item : list.items()) {
                blocks(item.blocks());
            }
            return null;
        }

        @Override
        public Void visitQuote(Quote quote) {
            blocks(quote.blocks());
            return null;
        }

        @Override
        public Void visitFigure(Figure figure) {
            figures++;
            return null;
        }

        @Override
        public Void visitTable(Table table) {
            tables++;
            return null;
        }

        @Override
        public Void visitSummaryTable(SummaryTable table) {
            tables++;
            return null;
        }

        @Override
        public Void visitCode(CodeBlock code) {
            return null;
        }

        @Override
        public Void visitDivider(Divider divider) {
            return null;
        }
    }
}
