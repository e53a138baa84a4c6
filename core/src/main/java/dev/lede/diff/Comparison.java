package dev.lede.diff;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Contributor;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Metadata;
import dev.lede.Note;
import dev.lede.Paragraph;
import dev.lede.Publisher;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * One walk over two articles side by side, in reading order, that records a {@link Difference} for every
 * component that differs. Lists are compared index by index, so the walk costs time linear in the two articles.
 * Parts that nest without bound (sections, and the blocks inside quotes, list items and notes) are compared as
 * pending steps on a stack rather than by recursion, so a deep article cannot overflow the thread's stack here;
 * rich text recurses once per level of inline nesting, as the model's own {@code equals} does.
 */
final class Comparison {
    private static final Path ROOT = Path.ROOT;

    private final List<Difference> differences = new ArrayList<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();

    private Comparison() {}

    static List<Difference> of(Article expected, Article actual) {
        Comparison comparison = new Comparison();
        comparison.article(expected, actual);
        while (!comparison.pending.isEmpty()) {
            comparison.pending.pop().run();
        }
        return comparison.differences;
    }

    /** Compares two values found at the same place. */
    private interface Pair<T> {
        void compare(Path path, T expected, T actual);
    }

    private void article(Article expected, Article actual) {
        if (expected == actual) {
            return;
        }
        metadata(ROOT.field("metadata"), expected.metadata(), actual.metadata());
        optional(ROOT.field("hero"), expected.hero(), actual.hero(), Describe::figure, this::figure);
        List<Runnable> steps = new ArrayList<>();
        list(steps, ROOT.field("lead"), expected.lead(), actual.lead(), Describe::block, this::block);
        list(steps, ROOT.field("sections"), expected.sections(), actual.sections(), Describe::section,
                this::section);
        list(steps, ROOT.field("notes"), expected.notes(), actual.notes(), Describe::note, this::note);
        schedule(steps);
    }

    private void metadata(Path path, Metadata expected, Metadata actual) {
        if (expected == actual) {
            return;
        }
        text(path.field("title"), expected.title(), actual.title());
        optionalText(path.field("subtitle"), expected.subtitle(), actual.subtitle());
        optionalText(path.field("description"), expected.description(), actual.description());
        elements(path.field("authors"), expected.authors(), actual.authors(), Describe::contributor,
                this::contributor);
        optional(path.field("publisher"), expected.publisher(), actual.publisher(), Describe::publisher,
                this::publisher);
        optional(path.field("published"), expected.published(), actual.published(), String::valueOf,
                this::value);
        optional(path.field("modified"), expected.modified(), actual.modified(), String::valueOf, this::value);
        optionalText(path.field("language"), expected.language(), actual.language());
        optional(path.field("canonicalUrl"), expected.canonicalUrl(), actual.canonicalUrl(),
                url -> Values.quoted(url.toString()), this::address);
        elements(path.field("tags"), expected.tags(), actual.tags(), Values::quoted, this::text);
    }

    private void contributor(Path path, Contributor expected, Contributor actual) {
        text(path.field("name"), expected.name(), actual.name());
        optional(path.field("url"), expected.url(), actual.url(), url -> Values.quoted(url.toString()),
                this::address);
    }

    private void publisher(Path path, Publisher expected, Publisher actual) {
        text(path.field("name"), expected.name(), actual.name());
        optional(path.field("url"), expected.url(), actual.url(), url -> Values.quoted(url.toString()),
                this::address);
    }

    private void section(Path path, Section expected, Section actual) {
        if (expected == actual) {
            return;
        }
        text(path.field("id"), expected.id(), actual.id());
        richText(path.field("heading"), expected.heading(), actual.heading());
        List<Runnable> steps = new ArrayList<>();
        list(steps, path.field("blocks"), expected.blocks(), actual.blocks(), Describe::block, this::block);
        list(steps, path.field("subsections"), expected.subsections(), actual.subsections(), Describe::section,
                this::section);
        schedule(steps);
    }

    private void note(Path path, Note expected, Note actual) {
        if (expected == actual) {
            return;
        }
        value(path.field("kind"), expected.kind(), actual.kind());
        optionalText(path.field("title"), expected.title(), actual.title());
        List<Runnable> steps = new ArrayList<>();
        list(steps, path.field("blocks"), expected.blocks(), actual.blocks(), Describe::block, this::block);
        schedule(steps);
    }

    private void block(Path path, Block expected, Block actual) {
        if (expected == actual) {
            return;
        }
        if (expected.getClass() != actual.getClass()) {
            record(path, Describe.block(expected), Describe.block(actual));
            return;
        }
        expected.accept(new SameKind(path, actual));
    }

    /** Compares a block with the other side's block of the same kind, component by component. */
    private final class SameKind implements Block.Visitor<Void> {
        private final Path path;
        private final Block actual;

        SameKind(Path path, Block actual) {
            this.path = path;
            this.actual = actual;
        }

        @Override
        public Void visitParagraph(Paragraph paragraph) {
            richText(path.field("text"), paragraph.text(), ((Paragraph) actual).text());
            return null;
        }

        @Override
        public Void visitList(ListBlock list) {
            ListBlock other = (ListBlock) actual;
            value(path.field("ordered"), list.ordered(), other.ordered());
            value(path.field("start"), list.start(), other.start());
            List<Runnable> steps = new ArrayList<>();
            list(steps, path.field("items"), list.items(), other.items(), Describe::item, Comparison.this::item);
            schedule(steps);
            return null;
        }

        @Override
        public Void visitQuote(Quote quote) {
            Quote other = (Quote) actual;
            List<Runnable> steps = new ArrayList<>();
            list(steps, path.field("blocks"), quote.blocks(), other.blocks(), Describe::block,
                    Comparison.this::block);
            steps.add(() -> {
                optionalRichText(path.field("attribution"), quote.attribution(), other.attribution());
                optionalText(path.field("source"), quote.source(), other.source());
            });
            schedule(steps);
            return null;
        }

        @Override
        public Void visitFigure(Figure figure) {
            figure(path, figure, (Figure) actual);
            return null;
        }

        @Override
        public Void visitTable(Table table) {
            Table other = (Table) actual;
            optionalRichText(path.field("caption"), table.caption(), other.caption());
            elements(path.field("head"), table.head(), other.head(), Describe::row, Comparison.this::row);
            elements(path.field("body"), table.body(), other.body(), Describe::row, Comparison.this::row);
            return null;
        }

        @Override
        public Void visitSummaryTable(SummaryTable table) {
            SummaryTable other = (SummaryTable) actual;
            optionalRichText(path.field("caption"), table.caption(), other.caption());
            text(path.field("aspectLabel"), table.aspectLabel(), other.aspectLabel());
            text(path.field("summaryLabel"), table.summaryLabel(), other.summaryLabel());
            elements(path.field("rows"), table.rows(), other.rows(), Describe::summaryRow,
                    Comparison.this::summaryRow);
            return null;
        }

        @Override
        public Void visitCode(CodeBlock code) {
            CodeBlock other = (CodeBlock) actual;
            optionalText(path.field("language"), code.language(), other.language());
            text(path.field("code"), code.code(), other.code());
            return null;
        }

        @Override
        public Void visitDivider(Divider divider) {
            return null;
        }
    }

    private void item(Path path, ListItem expected, ListItem actual) {
        if (expected == actual) {
            return;
        }
        List<Runnable> steps = new ArrayList<>();
        list(steps, path.field("blocks"), expected.blocks(), actual.blocks(), Describe::block, this::block);
        schedule(steps);
    }

    private void figure(Path path, Figure expected, Figure actual) {
        if (expected == actual) {
            return;
        }
        image(path.field("image"), expected.image(), actual.image());
        optionalRichText(path.field("caption"), expected.caption(), actual.caption());
        optionalText(path.field("credit"), expected.credit(), actual.credit());
    }

    private void image(Path path, Image expected, Image actual) {
        text(path.field("src"), expected.src(), actual.src());
        text(path.field("alt"), expected.alt(), actual.alt());
        size(path.field("width"), expected.width(), actual.width());
        size(path.field("height"), expected.height(), actual.height());
    }

    private void row(Path path, TableRow expected, TableRow actual) {
        elements(path.field("cells"), expected.cells(), actual.cells(), Describe::cell, this::cell);
    }

    private void cell(Path path, TableCell expected, TableCell actual) {
        richText(path.field("content"), expected.content(), actual.content());
        value(path.field("header"), expected.header(), actual.header());
        value(path.field("colspan"), expected.colspan(), actual.colspan());
        value(path.field("rowspan"), expected.rowspan(), actual.rowspan());
    }

    private void summaryRow(Path path, SummaryRow expected, SummaryRow actual) {
        richText(path.field("aspect"), expected.aspect(), actual.aspect());
        richText(path.field("summary"), expected.summary(), actual.summary());
    }

    /**
     * Rich text as a whole: when only links' addresses or titles differ, each of those at its own path
     * ({@code text.inlines[1].href}); otherwise one difference at the rich text, showing the plain text, or the
     * marks when the plain text is the same.
     */
    private void richText(Path path, RichText expected, RichText actual) {
        if (expected == actual) {
            return;
        }
        if (Marks.sameShape(expected, actual)) {
            linkAttributes(path, expected, actual);
            return;
        }
        String expectedText = expected.plainText();
        String actualText = actual.plainText();
        if (!expectedText.equals(actualText)) {
            record(path, Values.pair(expectedText, actualText));
            return;
        }
        String[] shown = Values.written(Marks.of(expected, false), Marks.of(actual, false));
        if (Values.lookAlike(shown[0], shown[1])) {
            shown = Values.written(Marks.of(expected, true), Marks.of(actual, true));
        }
        record(path, shown);
    }

    /** Two rich texts of the same shape ({@link Marks#sameShape}): their links' addresses and titles. */
    private void linkAttributes(Path path, RichText expected, RichText actual) {
        Path inlines = path.field("inlines");
        for (int i = 0; i < expected.inlines().size(); i++) {
            Inline.Link link = expected.inlines().get(i).accept(LINK_OR_CONTAINER);
            if (link != null) {
                Inline.Link other = (Inline.Link) actual.inlines().get(i);
                text(inlines.index(i).field("href"), link.href(), other.href());
                optionalText(inlines.index(i).field("title"), link.title(), other.title());
            }
            RichText content = expected.inlines().get(i).accept(CONTENT);
            if (content != null) {
                linkAttributes(inlines.index(i).field("content"), content, actual.inlines().get(i).accept(CONTENT));
            }
        }
    }

    /** The inline itself when it is a link; otherwise null. */
    private static final Inline.Visitor<Inline.Link> LINK_OR_CONTAINER = new Inline.Visitor<>() {
        @Override
        public Inline.Link visitText(Inline.Text text) {
            return null;
        }

        @Override
        public Inline.Link visitEmphasis(Inline.Emphasis emphasis) {
            return null;
        }

        @Override
        public Inline.Link visitStrong(Inline.Strong strong) {
            return null;
        }

        @Override
        public Inline.Link visitCode(Inline.Code code) {
            return null;
        }

        @Override
        public Inline.Link visitLink(Inline.Link link) {
            return link;
        }

        @Override
        public Inline.Link visitLineBreak(Inline.LineBreak lineBreak) {
            return null;
        }
    };

    /** The rich text an inline holds (emphasis, strong, link); null for one that holds none. */
    private static final Inline.Visitor<RichText> CONTENT = new Inline.Visitor<>() {
        @Override
        public RichText visitText(Inline.Text text) {
            return null;
        }

        @Override
        public RichText visitEmphasis(Inline.Emphasis emphasis) {
            return emphasis.content();
        }

        @Override
        public RichText visitStrong(Inline.Strong strong) {
            return strong.content();
        }

        @Override
        public RichText visitCode(Inline.Code code) {
            return null;
        }

        @Override
        public RichText visitLink(Inline.Link link) {
            return link.content();
        }

        @Override
        public RichText visitLineBreak(Inline.LineBreak lineBreak) {
            return null;
        }
    };

    private void optionalRichText(Path path, Optional<RichText> expected, Optional<RichText> actual) {
        optional(path, expected, actual, text -> Values.quoted(text.plainText()), this::richText);
    }

    private void optionalText(Path path, Optional<String> expected, Optional<String> actual) {
        optional(path, expected, actual, Values::quoted, this::text);
    }

    private void text(Path path, String expected, String actual) {
        if (!expected.equals(actual)) {
            record(path, Values.pair(expected, actual));
        }
    }

    /** Addresses compare as {@link java.net.URI#equals} does, and show as they are written. */
    private void address(Path path, URI expected, URI actual) {
        if (!expected.equals(actual)) {
            record(path, Values.pair(expected.toString(), actual.toString()));
        }
    }

    /** Numbers, flags, kinds and times, shown as {@link String#valueOf(Object)} writes them. */
    private void value(Path path, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            record(path, String.valueOf(expected), String.valueOf(actual));
        }
    }

    private void size(Path path, OptionalInt expected, OptionalInt actual) {
        if (!expected.equals(actual)) {
            record(path, size(expected), size(actual));
        }
    }

    private static String size(OptionalInt size) {
        return size.isPresent() ? Integer.toString(size.getAsInt()) : Values.NONE;
    }

    private <T> void optional(Path path, Optional<T> expected, Optional<T> actual, Function<T, String> describe,
            Pair<T> compare) {
        if (expected.isPresent() && actual.isPresent()) {
            compare.compare(path, expected.get(), actual.get());
        } else if (expected.isPresent() != actual.isPresent()) {
            record(path, expected.map(describe).orElse(Values.NONE), actual.map(describe).orElse(Values.NONE));
        }
    }

    /** Adds steps comparing two lists index by index, then one step for the elements only one side has. */
    private <T> void list(List<Runnable> steps, Path path, List<T> expected, List<T> actual,
            Function<T, String> describe, Pair<T> compare) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            T e = expected.get(i);
            T a = actual.get(i);
            if (e != a) {
                Path at = path.index(i);
                steps.add(() -> compare.compare(at, e, a));
            }
        }
        if (expected.size() != actual.size()) {
            steps.add(() -> unmatched(path, expected, actual, describe));
        }
    }

    /** Compares two lists of parts that hold no nested blocks, index by index, at once. */
    private <T> void elements(Path path, List<T> expected, List<T> actual, Function<T, String> describe,
            Pair<T> compare) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            if (expected.get(i) != actual.get(i)) {
                compare.compare(path.index(i), expected.get(i), actual.get(i));
            }
        }
        unmatched(path, expected, actual, describe);
    }

    /** The elements past the end of the shorter list: {@code (none)} on the side that lacks them. */
    private <T> void unmatched(Path path, List<T> expected, List<T> actual, Function<T, String> describe) {
        for (int i = actual.size(); i < expected.size(); i++) {
            record(path.index(i), describe.apply(expected.get(i)), Values.NONE);
        }
        for (int i = expected.size(); i < actual.size(); i++) {
            record(path.index(i), Values.NONE, describe.apply(actual.get(i)));
        }
    }

    /** Puts steps on the stack so that the first runs next, before any step pushed earlier. */
    private void schedule(List<Runnable> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            pending.push(steps.get(i));
        }
    }

    private void record(Path path, String[] shown) {
        record(path, shown[0], shown[1]);
    }

    private void record(Path path, String expected, String actual) {
        differences.add(new Difference(path.toString(), expected, actual));
    }
}
