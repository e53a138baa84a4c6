package dev.lede.validation.internal;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Image;
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
import dev.lede.internal.Surrogates;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Walks every part of an article below it in reading order, with an explicit stack so that any depth is safe,
 * and calls a hook (a no-op here) for each kind of part a rule looks at, and {@link #loneSurrogate} for each
 * string of the content that holds a lone surrogate. Each section, quote, list item, note, emphasis, strong and
 * link is one level deeper than what holds it (a top-level section is level 1); other parts are at the level of
 * what holds them. The walk stops at the first part nested deeper than its limit.
 *
 * <p>Nothing is allocated per part: the parts still to visit, and the path to the current one, are kept in
 * arrays that grow as needed, and a path is only turned into objects ({@link #path}, {@link #position}) where a
 * rule fails. Each step of the path remembers the record class holding its property, so that a position in
 * reading order is the component indices and list indices along the path ({@link Paths#componentIndex}).
 * One instance per walk; not thread-safe.
 */
class PartWalk {
    /** The index of a step into a property that is not a list. */
    static final int NO_INDEX = -1;

    private final int maxLevel;
    private final BlockChildren blockChildren = new BlockChildren();
    private final InlineChildren inlineChildren = new InlineChildren();
    private final InlineParents inlineParents = new InlineParents();

    // The parts still to visit, last on top: each with the property holding it, its index in that property
    // (NO_INDEX if not a list), the level of what holds it, and its depth in the path.
    private Object[] parts = new Object[32];
    private String[] names = new String[32];
    private Class<?>[] holders = new Class<?>[32];
    private int[] indices = new int[32];
    private int[] levels = new int[32];
    private int[] depths = new int[32];
    private int top;

    // The path to the part being visited: one property name and index per step down from the article.
    private String[] pathNames = new String[16];
    private int[] pathIndices = new int[16];
    private Class<?>[] pathHolders = new Class<?>[16];
    private int pathLength;
    /** The record class of the part at the end of the path, whose component a leaf property is. */
    private Class<?> atClass;
    /** The part being visited, which holds the properties of the children it pushes. */
    private Class<?> holder;

    /** The level of the part being visited's children. */
    private int inner;
    /** The index of the inline {@link InlineParents} is looking at. */
    private int inlineIndex;

    /** @param maxLevel the deepest level allowed; the walk stops at the first part deeper than it */
    PartWalk(int maxLevel) {
        this.maxLevel = maxLevel;
    }

    /** Walks the article; returns whether every part is within the limit (if not, {@link #path} is where). */
    final boolean walk(Article article) {
        push(article, null, NO_INDEX, 0, 0);
        while (top > 0) {
            int i = --top;
            Object part = parts[i];
            parts[i] = null;
            int depth = depths[i];
            if (depth > 0) {
                pathLength = depth - 1;
                down(holders[i], names[i], indices[i], part.getClass());
            } else {
                pathLength = 0;
                atClass = part.getClass();
            }
            holder = part.getClass();
            inner = levels[i];
            int children = top;
            if (!expand(part)) {
                return false;
            }
            reverse(children, top);
        }
        return true;
    }

    /** The path to the part being visited as reports show it, such as {@code sections[0].blocks[1]}. */
    final String path() {
        return path(null);
    }

    /** The path to the part being visited's property {@code leaf}, or to the part itself when null. */
    final String path(String leaf) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < pathLength; i++) {
            path.append(i == 0 ? "" : ".").append(pathNames[i]);
            if (pathIndices[i] != NO_INDEX) {
                path.append('[').append(pathIndices[i]).append(']');
            }
        }
        if (leaf != null) {
            path.append(pathLength == 0 ? "" : ".").append(leaf);
        }
        return path.toString();
    }

    /**
     * Where {@link #path(String)} leads in reading order: the component index and the list index (if any) of
     * each step, as {@link Paths#READING_ORDER} compares them.
     */
    final int[] position(String leaf) {
        int[] position = new int[pathLength * 2 + 1];
        int n = 0;
        for (int i = 0; i < pathLength; i++) {
            position[n++] = Paths.componentIndex(pathHolders[i], pathNames[i]);
            if (pathIndices[i] != NO_INDEX) {
                position[n++] = pathIndices[i];
            }
        }
        if (leaf != null) {
            position[n++] = Paths.componentIndex(atClass, leaf);
        }
        return Arrays.copyOf(position, n);
    }

    /**
     * Extends the path by a step into {@code holder}'s property {@code name} (at {@code index} in it, or
     * {@link #NO_INDEX}), to a part of class {@code target}; {@link #up} goes back.
     */
    final void down(Class<?> holder, String name, int index, Class<?> target) {
        if (pathLength == pathNames.length) {
            pathNames = Arrays.copyOf(pathNames, pathLength * 2);
            pathIndices = Arrays.copyOf(pathIndices, pathLength * 2);
            pathHolders = Arrays.copyOf(pathHolders, pathLength * 2);
        }
        pathNames[pathLength] = name;
        pathIndices[pathLength] = index;
        pathHolders[pathLength] = holder;
        pathLength++;
        atClass = target;
    }

    /** Undoes {@link #down}, back to a part of class {@code target}. */
    final void up(Class<?> target) {
        pathLength--;
        atClass = target;
    }

    /** Called with the path at a string of the content holding a lone surrogate, such as an image's alt. */
    void loneSurrogate() {}

    void section(Section section) {}

    void paragraph(Paragraph paragraph) {}

    void listItem(ListItem item) {}

    void quote(Quote quote) {}

    /** Called with the path at the image, one step below its figure. */
    void image(Image image) {}

    void table(Table table) {}

    void summaryTable(SummaryTable table) {}

    void summaryRow(SummaryRow row) {}

    void link(Inline.Link link) {}

    /** Checks a string property {@code leaf} of the part at the end of the path, of class {@code at}. */
    private void string(String value, String leaf) {
        if (Surrogates.hasLone(value)) {
            Class<?> at = atClass;
            down(at, leaf, NO_INDEX, String.class);
            loneSurrogate();
            up(at);
        }
    }

    private void string(Optional<String> value, String leaf) {
        if (value.isPresent()) {
            string(value.get(), leaf);
        }
    }

    /** Checks the strings of an inline without children, at {@code index} in the rich text at the path's end. */
    private void inlineStrings(Inline inline, int index) {
        String value = inline instanceof Inline.Text text ? text.text()
                : inline instanceof Inline.Code code ? code.code() : null;
        if (value != null && Surrogates.hasLone(value)) {
            down(RichText.class, "inlines", index, inline.getClass());
            string(value, inline instanceof Inline.Text ? "text" : "code");
            up(RichText.class);
        }
    }

    /** Calls the part's hook and pushes its children in reading order; false when the part itself is too deep. */
    private boolean expand(Object part) {
        if (part instanceof RichText text) {
            List<Inline> inlines = text.inlines();
            for (int i = 0; i < inlines.size(); i++) {
                inlineIndex = i;
                inlines.get(i).accept(inlineParents);
                inlineStrings(inlines.get(i), i);
            }
        } else if (part instanceof Inline inline) {
            return inline.accept(inlineChildren);
        } else if (part instanceof Block block) {
            return block.accept(blockChildren);
        } else if (part instanceof Section section) {
            if (!nested()) {
                return false;
            }
            section(section);
            string(section.id(), "id");
            text("heading", section.heading());
            all("blocks", section.blocks());
            all("subsections", section.subsections());
        } else if (part instanceof ListItem item) {
            if (!nested()) {
                return false;
            }
            listItem(item);
            all("blocks", item.blocks());
        } else if (part instanceof TableRow row) {
            all("cells", row.cells());
        } else if (part instanceof TableCell cell) {
            text("content", cell.content());
        } else if (part instanceof SummaryRow row) {
            summaryRow(row);
            text("aspect", row.aspect());
            text("summary", row.summary());
        } else if (part instanceof Note note) {
            if (!nested()) {
                return false;
            }
            string(note.title(), "title");
            all("blocks", note.blocks());
        } else if (part instanceof Article article) {
            if (article.hero().isPresent()) {
                one("hero", article.hero().get());
            }
            all("lead", article.lead());
            all("sections", article.sections());
            all("notes", article.notes());
        }
        return true;
    }

    /** Whether the nesting part being visited is within the limit; its children are a level deeper. */
    private boolean nested() {
        inner++;
        return inner <= maxLevel;
    }

    private void one(String name, Object child) {
        push(child, name, NO_INDEX, inner, pathLength + 1);
    }

    /**
     * Plain rich text (empty, or one text inline) holds no part that a hook or the limit looks at: not pushed,
     * only its text checked.
     */
    private void text(String name, RichText text) {
        if (!text.isPlain()) {
            one(name, text);
        } else if (!text.inlines().isEmpty() && Surrogates.hasLone(((Inline.Text) text.inlines().get(0)).text())) {
            Class<?> at = atClass;
            down(at, name, NO_INDEX, RichText.class);
            inlineStrings(text.inlines().get(0), 0);
            up(at);
        }
    }

    private void all(String name, List<?> list) {
        for (int i = 0; i < list.size(); i++) {
            push(list.get(i), name, i, inner, pathLength + 1);
        }
    }

    private void push(Object part, String name, int index, int level, int depth) {
        if (top == parts.length) {
            int length = top * 2;
            parts = Arrays.copyOf(parts, length);
            names = Arrays.copyOf(names, length);
            holders = Arrays.copyOf(holders, length);
            indices = Arrays.copyOf(indices, length);
            levels = Arrays.copyOf(levels, length);
            depths = Arrays.copyOf(depths, length);
        }
        parts[top] = part;
        names[top] = name;
        holders[top] = holder;
        indices[top] = index;
        levels[top] = level;
        depths[top] = depth;
        top++;
    }

    /** Reverses the entries {@code from} (inclusive) to {@code to} (exclusive), so the first child is on top. */
    private void reverse(int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            swap(parts, i, j);
            swap(names, i, j);
            swap(holders, i, j);
            int index = indices[i];
            indices[i] = indices[j];
            indices[j] = index;
            int level = levels[i];
            levels[i] = levels[j];
            levels[j] = level;
            int depth = depths[i];
            depths[i] = depths[j];
            depths[j] = depth;
        }
    }

    private static void swap(Object[] array, int i, int j) {
        Object held = array[i];
        array[i] = array[j];
        array[j] = held;
    }

    private final class BlockChildren implements Block.Visitor<Boolean> {
        @Override
        public Boolean visitParagraph(Paragraph paragraph) {
            paragraph(paragraph);
            text("text", paragraph.text());
            return true;
        }

        @Override
        public Boolean visitList(ListBlock list) {
            all("items", list.items());
            return true;
        }

        @Override
        public Boolean visitQuote(Quote quote) {
            if (!nested()) {
                return false;
            }
            quote(quote);
            string(quote.source(), "source");
            all("blocks", quote.blocks());
            if (quote.attribution().isPresent()) {
                text("attribution", quote.attribution().get());
            }
            return true;
        }

        @Override
        public Boolean visitFigure(Figure figure) {
            down(Figure.class, "image", NO_INDEX, Image.class);
            image(figure.image());
            string(figure.image().src(), "src");
            string(figure.image().alt(), "alt");
            up(Figure.class);
            if (figure.caption().isPresent()) {
                text("caption", figure.caption().get());
            }
            string(figure.credit(), "credit");
            return true;
        }

        @Override
        public Boolean visitTable(Table table) {
            table(table);
            if (table.caption().isPresent()) {
                text("caption", table.caption().get());
            }
            all("head", table.head());
            all("body", table.body());
            return true;
        }

        @Override
        public Boolean visitSummaryTable(SummaryTable table) {
            summaryTable(table);
            if (table.caption().isPresent()) {
                text("caption", table.caption().get());
            }
            string(table.aspectLabel(), "aspectLabel");
            string(table.summaryLabel(), "summaryLabel");
            all("rows", table.rows());
            return true;
        }

        @Override
        public Boolean visitCode(CodeBlock code) {
            string(code.language(), "language");
            string(code.code(), "code");
            return true;
        }

        @Override
        public Boolean visitDivider(Divider divider) {
            return true;
        }
    }

    /** Expands the inlines {@link InlineParents} pushed; text, code and line breaks never are. */
    private final class InlineChildren implements Inline.Visitor<Boolean> {
        @Override
        public Boolean visitText(Inline.Text text) {
            return true;
        }

        @Override
        public Boolean visitEmphasis(Inline.Emphasis emphasis) {
            if (!nested()) {
                return false;
            }
            text("content", emphasis.content());
            return true;
        }

        @Override
        public Boolean visitStrong(Inline.Strong strong) {
            if (!nested()) {
                return false;
            }
            text("content", strong.content());
            return true;
        }

        @Override
        public Boolean visitCode(Inline.Code code) {
            return true;
        }

        @Override
        public Boolean visitLink(Inline.Link link) {
            if (!nested()) {
                return false;
            }
            link(link);
            string(link.href(), "href");
            string(link.title(), "title");
            text("content", link.content());
            return true;
        }

        @Override
        public Boolean visitLineBreak(Inline.LineBreak lineBreak) {
            return true;
        }
    }

    /**
     * Pushes the inlines of rich text that hold rich text, at {@link #inlineIndex}: the others (most of them)
     * have neither children nor a hook, so they are not visited at all.
     */
    private final class InlineParents implements Inline.Visitor<Void> {
        @Override
        public Void visitText(Inline.Text text) {
            return null;
        }

        @Override
        public Void visitEmphasis(Inline.Emphasis emphasis) {
            return pushInline(emphasis);
        }

        @Override
        public Void visitStrong(Inline.Strong strong) {
            return pushInline(strong);
        }

        @Override
        public Void visitCode(Inline.Code code) {
            return null;
        }

        @Override
        public Void visitLink(Inline.Link link) {
            return pushInline(link);
        }

        @Override
        public Void visitLineBreak(Inline.LineBreak lineBreak) {
            return null;
        }

        private Void pushInline(Inline inline) {
            push(inline, "inlines", inlineIndex, inner, pathLength + 1);
            return null;
        }
    }
}
