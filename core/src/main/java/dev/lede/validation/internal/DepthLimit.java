package dev.lede.validation.internal;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds the first part of an article nested deeper than a limit, walking with an explicit stack so that any
 * depth is safe. Each section, quote, list item, note, emphasis, strong and link is one level deeper than
 * what holds it (a top-level section is level 1); other parts are at the level of what holds them. It runs
 * before Hibernate Validator, whose cascade recurses and would overflow the stack on a deep enough article.
 */
final class DepthLimit {
    /** A part still to look at, the level of what holds it, and where it is. */
    private record Frame(Object node, int depth, Frame parent, String segment) {
        String path() {
            List<String> segments = new ArrayList<>();
            for (Frame frame = this; frame.parent != null; frame = frame.parent) {
                segments.add(frame.segment);
            }
            StringBuilder path = new StringBuilder();
            for (int i = segments.size() - 1; i >= 0; i--) {
                path.append(path.length() == 0 ? "" : ".").append(segments.get(i));
            }
            return path.toString();
        }
    }

    private final int max;
    private final Deque<Frame> pending = new ArrayDeque<>();

    private DepthLimit(int max) {
        this.max = max;
    }

    /** The path of the first part, in reading order, nested deeper than {@code max}; empty if none is. */
    static Optional<String> firstTooDeep(Article article, int max) {
        return new DepthLimit(max).walk(article);
    }

    private Optional<String> walk(Article article) {
        pending.push(new Frame(article, 0, null, null));
        while (!pending.isEmpty()) {
            Frame frame = pending.pop();
            List<Frame> children = new ArrayList<>();
            if (!expand(frame, children)) {
                return Optional.of(frame.path());
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return Optional.empty();
    }

    /** Adds the frame's children in reading order; false when the frame itself is too deep. */
    private boolean expand(Frame frame, List<Frame> children) {
        Object node = frame.node();
        Children add = new Children(frame, children);
        if (node instanceof Article article) {
            article.hero().ifPresent(hero -> add.one("hero", hero, 0));
            add.all("lead", article.lead(), 0);
            add.all("sections", article.sections(), 0);
            add.all("notes", article.notes(), 0);
        } else if (node instanceof Section section) {
            add.one("heading", section.heading(), 1);
            add.all("blocks", section.blocks(), 1);
            add.all("subsections", section.subsections(), 1);
            return add.nested();
        } else if (node instanceof Note note) {
            add.all("blocks", note.blocks(), 1);
            return add.nested();
        } else if (node instanceof ListItem item) {
            add.all("blocks", item.blocks(), 1);
            return add.nested();
        } else if (node instanceof RichText text) {
            add.all("inlines", text.inlines(), 0);
        } else if (node instanceof Block block) {
            return block.accept(new BlockChildren(add));
        } else if (node instanceof Inline inline) {
            return inline.accept(new InlineChildren(add));
        } else if (node instanceof TableRow row) {
            add.all("cells", row.cells(), 0);
        } else if (node instanceof TableCell cell) {
            add.one("content", cell.content(), 0);
        } else if (node instanceof SummaryRow row) {
            add.one("aspect", row.aspect(), 0);
            add.one("summary", row.summary(), 0);
        }
        return true;
    }

    /** Collects the children of one frame; {@code deeper} is 1 for the content of a nesting part. */
    private final class Children {
        private final Frame parent;
        private final List<Frame> children;

        Children(Frame parent, List<Frame> children) {
            this.parent = parent;
            this.children = children;
        }

        void one(String name, Object child, int deeper) {
            children.add(new Frame(child, parent.depth() + deeper, parent, name));
        }

        void all(String name, List<?> list, int deeper) {
            for (int i = 0; i < list.size(); i++) {
                one(name + "[" + i + "]", list.get(i), deeper);
            }
        }

        /** Whether the nesting part being expanded is within the limit. */
        boolean nested() {
            return parent.depth() + 1 <= max;
        }
    }

    private static final class BlockChildren implements Block.Visitor<Boolean> {
        private final Children add;

        BlockChildren(Children add) {
            this.add = add;
        }

        @Override
        public Boolean visitParagraph(Paragraph paragraph) {
            add.one("text", paragraph.text(), 0);
            return true;
        }

        @Override
        public Boolean visitList(ListBlock list) {
            add.all("items", list.items(), 0);
            return true;
        }

        @Override
        public Boolean visitQuote(Quote quote) {
            add.all("blocks", quote.blocks(), 1);
            quote.attribution().ifPresent(attribution -> add.one("attribution", attribution, 1));
            return add.nested();
        }

        @Override
        public Boolean visitFigure(Figure figure) {
            figure.caption().ifPresent(caption -> add.one("caption", caption, 0));
            return true;
        }

        @Override
        public Boolean visitTable(Table table) {
            table.caption().ifPresent(caption -> add.one("caption", caption, 0));
            add.all("head", table.head(), 0);
            add.all("body", table.body(), 0);
            return true;
        }

        @Override
        public Boolean visitSummaryTable(SummaryTable table) {
            table.caption().ifPresent(caption -> add.one("caption", caption, 0));
            add.all("rows", table.rows(), 0);
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

    private static final class InlineChildren implements Inline.Visitor<Boolean> {
        private final Children add;

        InlineChildren(Children add) {
            this.add = add;
        }

        @Override
        public Boolean visitText(Inline.Text text) {
            return true;
        }

        @Override
        public Boolean visitEmphasis(Inline.Emphasis emphasis) {
            add.one("content", emphasis.content(), 1);
            return add.nested();
        }

        @Override
        public Boolean visitStrong(Inline.Strong strong) {
            add.one("content", strong.content(), 1);
            return add.nested();
        }

        @Override
        public Boolean visitCode(Inline.Code code) {
            return true;
        }

        @Override
        public Boolean visitLink(Inline.Link link) {
            add.one("content", link.content(), 1);
            return add.nested();
        }

        @Override
        public Boolean visitLineBreak(Inline.LineBreak lineBreak) {
            return true;
        }
    }
}
