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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Walks every part of an article below it in reading order, with an explicit stack so that any depth is safe,
 * and calls a hook (a no-op here) for each kind of part a rule looks at. Each section, quote, list item, note, emphasis,
 * strong and link is one level deeper than what holds it (a top-level section is level 1); other parts are at
 * the level of what holds them. The walk stops at the first part nested deeper than its limit. Where a part
 * is ({@link Place}) costs one small object per part; its path is only built when a rule fails. One instance
 * per walk; not thread-safe.
 */
class PartWalk {
    /** Where a part is: the property (and index, for a list element) holding it, under its parent's place. */
    static final class Place {
        private final Object part;
        private final Place parent;
        private final String name;
        private final int index;
        private final int level;

        private Place(Object part, Place parent, String name, int index, int level) {
            this.part = part;
            this.parent = parent;
            this.name = name;
            this.index = index;
            this.level = level;
        }

        /** The steps from the article down to this part, then to its property {@code leaf} when not null. */
        List<ViolationPaths.Step> steps(String leaf) {
            List<ViolationPaths.Step> steps = new ArrayList<>();
            if (leaf != null) {
                steps.add(new ViolationPaths.Step(leaf, ViolationPaths.Step.NO_INDEX));
            }
            for (Place place = this; place.parent != null; place = place.parent) {
                steps.add(new ViolationPaths.Step(place.name, place.index));
            }
            Collections.reverse(steps);
            return steps;
        }

        /** The path as reports show it, such as {@code sections[0].blocks[1]}. */
        String path() {
            StringBuilder path = new StringBuilder();
            for (ViolationPaths.Step step : steps(null)) {
                path.append(path.length() == 0 ? "" : ".").append(step.property());
                if (step.indexed()) {
                    path.append('[').append(step.index()).append(']');
                }
            }
            return path.toString();
        }
    }

    private final int maxLevel;
    private final Deque<Place> pending = new ArrayDeque<>();
    private final List<Place> children = new ArrayList<>();
    private final BlockChildren blockChildren = new BlockChildren();
    private final InlineChildren inlineChildren = new InlineChildren();
    /** The part being expanded, and the level its children are at. */
    private Place current;
    private int inner;

    /** @param maxLevel the deepest level allowed; the walk stops at the first part deeper than it */
    PartWalk(int maxLevel) {
        this.maxLevel = maxLevel;
    }

    /** Walks the article; returns the place of the first part too deep, or null when none is. */
    final Place walk(Article article) {
        pending.push(new Place(article, null, null, ViolationPaths.Step.NO_INDEX, 0));
        while (!pending.isEmpty()) {
            Place place = pending.pop();
            if (!expand(place)) {
                return place;
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
            children.clear();
        }
        return null;
    }

    void section(Section section, Place place) {}

    void paragraph(Paragraph paragraph, Place place) {}

    void listItem(ListItem item, Place place) {}

    void quote(Quote quote, Place place) {}

    void image(Image image, Place place) {}

    void table(Table table, Place place) {}

    void summaryTable(SummaryTable table, Place place) {}

    void summaryRow(SummaryRow row, Place place) {}

    void link(Inline.Link link, Place place) {}

    /** Calls the part's hook and adds its children in reading order; false when the part itself is too deep. */
    private boolean expand(Place place) {
        current = place;
        inner = place.level;
        Object part = place.part;
        if (part instanceof Article article) {
            article.hero().ifPresent(hero -> one("hero", hero));
            all("lead", article.lead());
            all("sections", article.sections());
            all("notes", article.notes());
        } else if (part instanceof RichText text) {
            all("inlines", text.inlines());
        } else if (part instanceof Block block) {
            return block.accept(blockChildren);
        } else if (part instanceof Inline inline) {
            return inline.accept(inlineChildren);
        } else if (part instanceof Section section) {
            if (!nested()) {
                return false;
            }
            section(section, place);
            one("heading", section.heading());
            all("blocks", section.blocks());
            all("subsections", section.subsections());
        } else if (part instanceof Note note) {
            if (!nested()) {
                return false;
            }
            all("blocks", note.blocks());
        } else if (part instanceof ListItem item) {
            if (!nested()) {
                return false;
            }
            listItem(item, place);
            all("blocks", item.blocks());
        } else if (part instanceof TableRow row) {
            all("cells", row.cells());
        } else if (part instanceof TableCell cell) {
            one("content", cell.content());
        } else if (part instanceof SummaryRow row) {
            summaryRow(row, place);
            one("aspect", row.aspect());
            one("summary", row.summary());
        }
        return true;
    }

    /** Whether the nesting part being expanded is within the limit; its children are a level deeper. */
    private boolean nested() {
        inner = current.level + 1;
        return inner <= maxLevel;
    }

    private void one(String name, Object child) {
        children.add(new Place(child, current, name, ViolationPaths.Step.NO_INDEX, inner));
    }

    private void all(String name, List<?> list) {
        for (int i = 0; i < list.size(); i++) {
            children.add(new Place(list.get(i), current, name, i, inner));
        }
    }

    private final class BlockChildren implements Block.Visitor<Boolean> {
        @Override
        public Boolean visitParagraph(Paragraph paragraph) {
            paragraph(paragraph, current);
            one("text", paragraph.text());
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
            quote(quote, current);
            all("blocks", quote.blocks());
            quote.attribution().ifPresent(attribution -> one("attribution", attribution));
            return true;
        }

        @Override
        public Boolean visitFigure(Figure figure) {
            image(figure.image(), new Place(figure.image(), current, "image", ViolationPaths.Step.NO_INDEX, inner));
            figure.caption().ifPresent(caption -> one("caption", caption));
            return true;
        }

        @Override
        public Boolean visitTable(Table table) {
            table(table, current);
            table.caption().ifPresent(caption -> one("caption", caption));
            all("head", table.head());
            all("body", table.body());
            return true;
        }

        @Override
        public Boolean visitSummaryTable(SummaryTable table) {
            summaryTable(table, current);
            table.caption().ifPresent(caption -> one("caption", caption));
            all("rows", table.rows());
            return true;
        }

        @Override
        public Boolean visitCode(CodeBlock code) {
            return true;
        }

        @Override
        public Boolean visitDivider(Divider divider) {
            return true;
        }
    }

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
            one("content", emphasis.content());
            return true;
        }

        @Override
        public Boolean visitStrong(Inline.Strong strong) {
            if (!nested()) {
                return false;
            }
            one("content", strong.content());
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
            link(link, current);
            one("content", link.content());
            return true;
        }

        @Override
        public Boolean visitLineBreak(Inline.LineBreak lineBreak) {
            return true;
        }
    }
}
