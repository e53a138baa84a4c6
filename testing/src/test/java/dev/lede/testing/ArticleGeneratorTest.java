package dev.lede.testing;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {
    private static final Pattern HTML_UNSAFE_TEXT =
            Pattern.compile("[\\t\\n\\r\\f\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F\\uFFFE\\uFFFF]|  ");

    @Test
    void sameSeedGivesSameArticles() {
        ArticleGenerator first = ArticleGenerator.of(42);
        ArticleGenerator second = ArticleGenerator.of(42);
        for (int i = 0; i < 50; i++) {
            assertThat(first.next()).isEqualTo(second.next());
        }
        assertThat(ArticleGenerator.of(1).next()).isNotEqualTo(ArticleGenerator.of(2).next());
    }

    @Test
    void coversEveryKindOfBlockAndInlineAndEveryDepth() {
        Census census = new Census();
        ArticleGenerator generator = ArticleGenerator.of(7);
        for (int i = 0; i < 500; i++) {
            census.article(generator.next());
        }
        assertThat(census.kinds).contains("paragraph", "list", "ordered-list", "empty-list", "long-list",
                "nested-list", "quote", "figure", "table", "colspan", "rowspan", "summary-table", "code",
                "divider", "text", "emphasis", "strong", "inline-code", "link", "line-break", "hero", "no-hero",
                "note", "subtitle", "no-subtitle", "published", "modified", "language", "astral", "rtl",
                "combining-mark", "control", "section-depth-5");
    }

    @Test
    void htmlTextSurvivesWhitespaceCollapsing() {
        Census census = new Census();
        ArticleGenerator generator = ArticleGenerator.forHtml(7);
        for (int i = 0; i < 500; i++) {
            census.article(generator.next());
        }
        assertThat(census.texts).isNotEmpty().noneMatch(text -> HTML_UNSAFE_TEXT.matcher(text).find());
        assertThat(census.richTexts).allSatisfy(ArticleGeneratorTest::collapsed);
        assertThat(census.codes).noneMatch(code -> code.contains("\r"));
        assertThat(census.kinds).doesNotContain("control").contains("rtl", "astral", "line-break");
    }

    private static void collapsed(RichText text) {
        String plain = text.plainText();
        assertThat(plain).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ", " \n", "\n ");
        for (Inline inline : text.inlines()) {
            if (inline instanceof Inline.Emphasis emphasis) {
                assertThat(emphasis.content().plainText()).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
            } else if (inline instanceof Inline.Strong strong) {
                assertThat(strong.content().plainText()).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
            } else if (inline instanceof Inline.Link link) {
                assertThat(link.content().plainText()).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
            }
        }
    }

    /** Walks generated articles and records which features they used. */
    private static final class Census implements Block.Visitor<Void>, Inline.Visitor<Void> {
        final Set<String> kinds = new HashSet<>();
        final List<String> texts = new ArrayList<>();
        final List<RichText> richTexts = new ArrayList<>();
        final List<String> codes = new ArrayList<>();

        void article(Article article) {
            kinds.add(article.hero().isPresent() ? "hero" : "no-hero");
            kinds.add(article.metadata().subtitle().isPresent() ? "subtitle" : "no-subtitle");
            article.metadata().published().ifPresent(p -> kinds.add("published"));
            article.metadata().modified().ifPresent(p -> kinds.add("modified"));
            article.metadata().language().ifPresent(p -> kinds.add("language"));
            text(article.metadata().title());
            article.hero().ifPresent(this::visitFigure);
            article.lead().forEach(b -> b.accept(this));
            article.sections().forEach(s -> section(s, 1));
            for (Note note : article.notes()) {
                kinds.add("note");
                note.blocks().forEach(b -> b.accept(this));
            }
        }

        void section(Section section, int depth) {
            kinds.add("section-depth-" + depth);
            rich(section.heading());
            section.blocks().forEach(b -> b.accept(this));
            section.subsections().forEach(s -> section(s, depth + 1));
        }

        void rich(RichText text) {
            richTexts.add(text);
            text.inlines().forEach(i -> i.accept(this));
        }

        void text(String text) {
            texts.add(text);
            if (text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                kinds.add("astral");
            }
            if (text.codePoints().anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT)) {
                kinds.add("rtl");
            }
            if (text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK)) {
                kinds.add("combining-mark");
            }
            if (text.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r')) {
                kinds.add("control");
            }
        }

        @Override
        public Void visitParagraph(Paragraph paragraph) {
            kinds.add("paragraph");
            rich(paragraph.text());
            return null;
        }

        @Override
        public Void visitList(ListBlock list) {
            kinds.add(list.ordered() ? "ordered-list" : "list");
            if (list.items().isEmpty()) {
                kinds.add("empty-list");
            }
            if (list.items().size() >= 20) {
                kinds.add("long-list");
            }
            for (ListItem item : list.items()) {
                if (item.blocks().stream().anyMatch(ListBlock.class::isInstance)) {
                    kinds.add("nested-list");
                }
                item.blocks().forEach(b -> b.accept(this));
            }
            return null;
        }

        @Override
        public Void visitQuote(Quote quote) {
            kinds.add("quote");
            quote.blocks().forEach(b -> b.accept(this));
            quote.attribution().ifPresent(this::rich);
            return null;
        }

        @Override
        public Void visitFigure(Figure figure) {
            kinds.add("figure");
            texts.add(figure.image().alt());
            figure.caption().ifPresent(this::rich);
            return null;
        }

        @Override
        public Void visitTable(Table table) {
            kinds.add("table");
            for (List<TableRow> rows : List.of(table.head(), table.body())) {
                for (TableRow row : rows) {
                    for (TableCell cell : row.cells()) {
                        if (cell.colspan() > 1) {
                            kinds.add("colspan");
                        }
                        if (cell.rowspan() > 1) {
                            kinds.add("rowspan");
                        }
                        cell.content().inlines().forEach(i -> i.accept(this));
                    }
                }
            }
            return null;
        }

        @Override
        public Void visitSummaryTable(SummaryTable table) {
            kinds.add("summary-table");
            for (SummaryRow row : table.rows()) {
                rich(row.aspect());
                rich(row.summary());
            }
            return null;
        }

        @Override
        public Void visitCode(CodeBlock code) {
            kinds.add("code");
            codes.add(code.code());
            return null;
        }

        @Override
        public Void visitDivider(Divider divider) {
            kinds.add("divider");
            return null;
        }

        @Override
        public Void visitText(Inline.Text text) {
            kinds.add("text");
            text(text.text());
            return null;
        }

        @Override
        public Void visitEmphasis(Inline.Emphasis emphasis) {
            kinds.add("emphasis");
            emphasis.content().inlines().forEach(i -> i.accept(this));
            return null;
        }

        @Override
        public Void visitStrong(Inline.Strong strong) {
            kinds.add("strong");
            strong.content().inlines().forEach(i -> i.accept(this));
            return null;
        }

        @Override
        public Void visitCode(Inline.Code code) {
            kinds.add("inline-code");
            text(code.code());
            return null;
        }

        @Override
        public Void visitLink(Inline.Link link) {
            kinds.add("link");
            link.content().inlines().forEach(i -> i.accept(this));
            return null;
        }

        @Override
        public Void visitLineBreak(Inline.LineBreak lineBreak) {
            kinds.add("line-break");
            return null;
        }
    }
}
