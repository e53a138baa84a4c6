package dev.lede.markdown.internal;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
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
import dev.lede.internal.UrlSafety;
import dev.lede.markdown.ArticleMarkdownException;
import dev.lede.markdown.MarkdownDiagnostic.Kind;
import dev.lede.markdown.MarkdownReadResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads an article from Markdown parsed by commonmark-java (with GFM tables), after splitting off the front
 * matter. The mapping is the writer's, read back; Markdown the model has no place for is reported. Markers
 * ({@code {#id}}, a note's label, an attribution's dash, a caption's {@code Table:}) count only as written in the
 * raw input, since parsing forgets what was escaped. One instance an input; not thread-safe.
 */
public final class MarkdownReader {
    /**
     * commonmark's parser with a nesting limit, immutable and thread-safe. commonmark stops opening blocks and
     * inlines one level past the limit (reading the rest as text); the reader then refuses the input.
     */
    public static final class Parsing {
        private final Parser parser;
        private final int maxNesting;
        private final HtmlTables htmlTables;

        /**
         * A parser for input nested at most {@code maxNesting} levels of commonmark's tree, reading HTML blocks
         * that hold one table through {@code htmlTables}, or leaving all HTML out when it is null.
         */
        public Parsing(int maxNesting, HtmlTables htmlTables) {
            this.maxNesting = maxNesting;
            this.htmlTables = htmlTables;
            this.parser = Parser.builder()
                    .extensions(List.of(TablesExtension.create()))
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                    .maxOpenBlockParsers(maxNesting + 1)
                    .maxInlineNesting(maxNesting + 1)
                    .build();
        }

        /** The document, refused when nested deeper than the limit or too costly to parse. */
        Node parse(MarkdownReader reader) {
            InlineWork.check(reader.body, reader.bodyLine + 1L);
            Node document = parser.parse(reader.body);
            reader.checkNesting(document, maxNesting);
            return document;
        }
    }

    private final String body;
    /** The 0-based line of the input where {@link #body} starts. */
    private final int bodyLine;
    private final HtmlTables htmlTables;
    private final Diagnostics diagnostics = new Diagnostics();

    private MarkdownReader(String body, int bodyLine, HtmlTables htmlTables) {
        this.body = body;
        this.bodyLine = bodyLine;
        this.htmlTables = htmlTables;
    }

    /** Reads {@code input}, its blocks and inlines nested within the limit of {@code parsing}. */
    public static MarkdownReadResult read(String input, Parsing parsing) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        Article.Builder article = Article.builder();
        int bodyStart = 0;
        int bodyLine = 0;
        Diagnostics frontDiagnostics = new Diagnostics();
        boolean titled = false;
        int fenceEnd = lineEnd(text, 0);
        if (text.startsWith(FrontMatter.FENCE) && fenceEnd == FrontMatter.FENCE.length()) {
            int line = 1;
            for (int start = next(text, fenceEnd); start < text.length(); start = next(text, lineEnd(text, start))) {
                int end = lineEnd(text, start);
                String content = text.substring(start, end);
                line++;
                if (content.equals(FrontMatter.FENCE) || content.equals("...")) {
                    titled = FrontMatter.read(text.substring(next(text, fenceEnd), start), 2, article,
                            frontDiagnostics, caption -> caption(caption, parsing));
                    bodyStart = next(text, end);
                    bodyLine = line;
                    break;
                }
            }
        }
        MarkdownReader reader = new MarkdownReader(text.substring(bodyStart), bodyLine, parsing.htmlTables);
        frontDiagnostics.list().forEach(d -> reader.diagnostics.add(d.kind(), d.where(), d.detail()));
        Node document = parsing.parse(reader);
        reader.document(document, article, titled);
        return new MarkdownReadResult(article.build(), reader.diagnostics.list());
    }

    /** A hero's caption from front matter: Markdown inline text. */
    private static RichText caption(String markdown, Parsing parsing) {
        MarkdownReader reader = new MarkdownReader(markdown, 0, parsing.htmlTables);
        Node document = parsing.parse(reader);
        Node first = document.getFirstChild();
        if (first == null) {
            return RichText.empty();
        }
        if (!(first instanceof org.commonmark.node.Paragraph) || first.getNext() != null) {
            throw new ArticleMarkdownException(ArticleMarkdownException.INVALID_VALUE,
                    "front matter hero.caption: expected inline Markdown, found blocks", -1, null);
        }
        return reader.richText(first.getFirstChild(), null);
    }

    private static int lineEnd(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    /** Where the line after the one ending at {@code end} starts: past a CR LF, a CR or a LF. */
    private static int next(String text, int end) {
        if (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return Math.min(end + 1, text.length());
    }

    /** Refuses a parsed document nested deeper than the limit, without recursion. */
    private void checkNesting(Node document, int maxNesting) {
        int depth = 0;
        Node node = document;
        while (node != null) {
            if (depth > maxNesting) {
                throw tooDeep(maxNesting, lineOf(node));
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
    }

    private ArticleMarkdownException tooDeep(int maxNesting, int line) {
        return new ArticleMarkdownException(ArticleMarkdownException.TOO_DEEP,
                "Markdown nested more than " + maxNesting + " levels deep", bodyLine + line + 1, null);
    }

    /** The 0-based line of the body where a node, or the nearest block around it, starts. */
    private static int lineOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            List<SourceSpan> spans = at.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex();
            }
        }
        return 0;
    }

    private String where(Node node) {
        return "line " + (bodyLine + lineOf(node) + 1);
    }

    /** Whether the raw input of a block starts with {@code prefix}, as written rather than escaped. */
    private boolean rawStartsWith(Node block, String prefix) {
        List<SourceSpan> spans = block.getSourceSpans();
        return !spans.isEmpty() && body.startsWith(prefix, spans.get(0).getInputIndex());
    }

    private void document(Node document, Article.Builder article, boolean titled) {
        Node node = document.getFirstChild();
        if (!titled && node instanceof Heading && ((Heading) node).getLevel() == 1) {
            article.title(plainText(node));
            node = node.getNext();
        }
        Deque<Level> open = new ArrayDeque<>();
        for (; node != null; node = node.getNext()) {
            if (node instanceof Heading && node.getParent() == document) {
                Heading heading = (Heading) node;
                int level = Math.max(2, heading.getLevel());
                while (!open.isEmpty() && open.peek().level >= level) {
                    open.pop();
                }
                Section.Builder section = section(heading);
                if (open.isEmpty()) {
                    article.section(section);
                } else {
                    open.peek().section.section(section);
                }
                open.push(new Level(level, section));
                continue;
            }
            Optional<Note> note = note(node);
            if (note.isPresent()) {
                article.note(note.get());
                continue;
            }
            Block block = block(node);
            if (block != null) {
                if (open.isEmpty()) {
                    article.lead(block);
                } else {
                    open.peek().section.block(block);
                }
            }
            node = skipCaption(node);
        }
    }

    private record Level(int level, Section.Builder section) {}

    private Section.Builder section(Heading heading) {
        List<Inline> inlines = inlines(heading.getFirstChild(), null);
        String raw = rawLine(heading);
        Matcher id = Syntax.HEADING_ID.matcher(raw);
        if (id.find() && !inlines.isEmpty() && inlines.get(inlines.size() - 1) instanceof Inline.Text) {
            String last = ((Inline.Text) inlines.get(inlines.size() - 1)).text();
            String attribute = " {#" + id.group(1) + "}";
            if (last.endsWith(attribute)) {
                inlines.set(inlines.size() - 1, new Inline.Text(last.substring(0, last.length() - attribute.length())));
                return Section.builder(new RichText(inlines)).id(id.group(1));
            }
        }
        return Section.builder(new RichText(inlines));
    }

    private String rawLine(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        SourceSpan span = spans.get(0);
        return body.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()).stripTrailing();
    }

    /** A top-level quote that opens with a note's label, as the writer writes it. */
    private Optional<Note> note(Node node) {
        if (!(node instanceof BlockQuote) || !(node.getFirstChild() instanceof org.commonmark.node.Paragraph)
                || !rawStartsWith(node.getFirstChild(), "**")) {
            return Optional.empty();
        }
        Node first = node.getFirstChild();
        Node strong = first.getFirstChild();
        if (!(strong instanceof StrongEmphasis) || !(strong.getFirstChild() instanceof Text)
                || strong.getFirstChild().getNext() != null) {
            return Optional.empty();
        }
        return Syntax.kind(((Text) strong.getFirstChild()).getLiteral()).map(kind -> {
            String rest = plainText(first).substring(((Text) strong.getFirstChild()).getLiteral().length());
            Optional<String> title = rest.startsWith(" ") ? Optional.of(rest.substring(1)) : Optional.empty();
            return new Note(kind, title, blocks(first.getNext()));
        });
    }

    /** The blocks from {@code first} to the end of its container. */
    private List<Block> blocks(Node first) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = first; node != null; node = node.getNext()) {
            Block block = block(node);
            if (block != null) {
                blocks.add(block);
            }
            node = skipCaption(node);
        }
        return blocks;
    }

    /** The node itself, or the caption paragraph after it when it is a table with one. */
    private Node skipCaption(Node node) {
        return node instanceof TableBlock && caption(node).isPresent() ? node.getNext() : node;
    }

    /** A block, or null for a node the model has no block for (reported). */
    private Block block(Node node) {
        if (node instanceof org.commonmark.node.Paragraph) {
            return paragraph(node);
        } else if (node instanceof BlockQuote) {
            return quote((BlockQuote) node);
        } else if (node instanceof org.commonmark.node.ListBlock) {
            boolean ordered = node instanceof OrderedList;
            int start = ordered ? Optional.ofNullable(((OrderedList) node).getMarkerStartNumber()).orElse(1) : 1;
            List<ListItem> items = new ArrayList<>();
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                items.add(new ListItem(blocks(item.getFirstChild())));
            }
            return new dev.lede.ListBlock(ordered, start, items);
        } else if (node instanceof FencedCodeBlock) {
            FencedCodeBlock code = (FencedCodeBlock) node;
            String info = code.getInfo() == null ? "" : code.getInfo();
            return new CodeBlock(info.isEmpty() ? Optional.empty() : Optional.of(info), code(code.getLiteral()));
        } else if (node instanceof IndentedCodeBlock) {
            return new CodeBlock(Optional.empty(), code(((IndentedCodeBlock) node).getLiteral()));
        } else if (node instanceof ThematicBreak) {
            return new Divider();
        } else if (node instanceof TableBlock) {
            return table((TableBlock) node);
        } else if (node instanceof Heading) {
            diagnostics.add(Kind.UNSUPPORTED, where(node), "a heading inside a list or quote, read as a paragraph");
            return new Paragraph(richText(node.getFirstChild(), null));
        } else if (node instanceof HtmlBlock) {
            return htmlBlock((HtmlBlock) node);
        } else if (!(node instanceof LinkReferenceDefinition)) {
            diagnostics.add(Kind.UNSUPPORTED, where(node), "a " + node.getClass().getSimpleName() + ", left out");
        }
        return null;
    }

    /** The table an HTML block holds when raw HTML is on; any other HTML is left out. */
    private Block htmlBlock(HtmlBlock block) {
        if (htmlTables != null) {
            Optional<Table> table = htmlTables.read(block.getLiteral(), where(block), diagnostics);
            if (table.isPresent()) {
                return table.get();
            }
        }
        diagnostics.add(Kind.RAW_HTML, where(block), "an HTML block, left out");
        return null;
    }

    /** A code block's code: parsing ends it with a line feed that the writer adds. */
    private static String code(String literal) {
        return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }

    /** A paragraph, or a figure when it opens with an image alone on its first line. */
    private Block paragraph(Node paragraph) {
        Node first = paragraph.getFirstChild();
        if (!(first instanceof org.commonmark.node.Image)
                || first.getNext() != null && !(first.getNext() instanceof SoftLineBreak)) {
            return new Paragraph(richText(first, paragraph));
        }
        org.commonmark.node.Image image = (org.commonmark.node.Image) first;
        Optional<RichText> caption = first.getNext() == null ? Optional.empty()
                : Optional.of(richText(first.getNext().getNext(), paragraph));
        if (!UrlSafety.isSafeContentUrl(image.getDestination())) {
            diagnostics.add(Kind.UNSAFE_URL, where(paragraph),
                    "an image from \"" + image.getDestination() + "\", left out");
            return caption.<Block>map(Paragraph::new).orElse(null);
        }
        return new Figure(new Image(image.getDestination(), plainText(image), OptionalInt.empty(),
                OptionalInt.empty()), caption, Optional.ofNullable(image.getTitle()));
    }

    private Quote quote(BlockQuote quote) {
        Node last = quote.getLastChild();
        if (!(last instanceof org.commonmark.node.Paragraph) || !rawStartsWith(last, Syntax.ATTRIBUTION)) {
            return new Quote(blocks(quote.getFirstChild()), Optional.empty(), Optional.empty());
        }
        List<Block> blocks = new ArrayList<>();
        for (Node node = quote.getFirstChild(); node != last; node = node.getNext()) {
            Block block = block(node);
            if (block != null) {
                blocks.add(block);
            }
            node = skipCaption(node);
        }
        List<Inline> inlines = inlines(last.getFirstChild(), last);
        Inline.Text opening = (Inline.Text) inlines.get(0);
        inlines.set(0, new Inline.Text(opening.text().substring(Syntax.ATTRIBUTION.length())));
        Optional<String> source = Optional.empty();
        int end = inlines.size() - 1;
        if (inlines.get(end) instanceof Inline.Link) {
            Inline.Link link = (Inline.Link) inlines.get(end);
            String before = end > 0 && inlines.get(end - 1) instanceof Inline.Text
                    ? ((Inline.Text) inlines.get(end - 1)).text() : "";
            boolean alone = end == 1 && before.isEmpty();
            if (link.content().equals(RichText.of(Syntax.SOURCE_TEXT))
                    && (alone || before.endsWith(Syntax.SOURCE_SEPARATOR))) {
                source = Optional.of(link.href());
                inlines.remove(end);
                inlines.set(end - 1, new Inline.Text(before.substring(0,
                        alone ? 0 : before.length() - Syntax.SOURCE_SEPARATOR.length())));
            }
        }
        RichText attribution = new RichText(inlines);
        return new Quote(blocks, source.isPresent() && attribution.isEmpty() ? Optional.empty()
                : Optional.of(attribution), source);
    }

    /** The paragraph after a table when it is the table's caption. */
    private Optional<Node> caption(Node table) {
        Node next = table.getNext();
        return next instanceof org.commonmark.node.Paragraph && rawStartsWith(next, Syntax.CAPTION + " ")
                ? Optional.of(next) : Optional.empty();
    }

    private Block table(TableBlock table) {
        Optional<RichText> caption = caption(table).map(paragraph -> {
            List<Inline> inlines = inlines(paragraph.getFirstChild(), paragraph);
            Inline.Text opening = (Inline.Text) inlines.get(0);
            inlines.set(0, new Inline.Text(opening.text().substring(Syntax.CAPTION.length() + 1)));
            return new RichText(inlines);
        });
        List<List<RichText>> head = rows(table.getFirstChild() instanceof TableHead ? table.getFirstChild() : null);
        List<List<RichText>> body = rows(table.getLastChild() instanceof TableBody ? table.getLastChild() : null);
        if (isSummary(table)) {
            List<SummaryRow> rows = new ArrayList<>();
            for (List<RichText> row : body) {
                rows.add(new SummaryRow(row.get(0), row.get(1)));
            }
            return new SummaryTable(caption, head.get(0).get(0).plainText(), head.get(0).get(1).plainText(), rows);
        }
        return new Table(caption, cells(head, true), cells(body, false));
    }

    /** Whether a table is a summary table: two columns, both marked left-aligned. */
    private static boolean isSummary(TableBlock table) {
        Node head = table.getFirstChild();
        Node row = head == null ? null : head.getFirstChild();
        Node first = row == null ? null : row.getFirstChild();
        Node second = first == null ? null : first.getNext();
        return second != null && second.getNext() == null
                && ((org.commonmark.ext.gfm.tables.TableCell) first).getAlignment()
                        == org.commonmark.ext.gfm.tables.TableCell.Alignment.LEFT
                && ((org.commonmark.ext.gfm.tables.TableCell) second).getAlignment()
                        == org.commonmark.ext.gfm.tables.TableCell.Alignment.LEFT;
    }

    private List<List<RichText>> rows(Node section) {
        List<List<RichText>> rows = new ArrayList<>();
        for (Node row = section == null ? null : section.getFirstChild(); row != null; row = row.getNext()) {
            List<RichText> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(richText(cell.getFirstChild(), table(cell)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The table a cell is in, the nearest node with a line to name. */
    private static Node table(Node cell) {
        Node node = cell;
        while (!(node instanceof TableBlock)) {
            node = node.getParent();
        }
        return node;
    }

    private static List<TableRow> cells(List<List<RichText>> rows, boolean header) {
        List<TableRow> result = new ArrayList<>(rows.size());
        for (List<RichText> row : rows) {
            result.add(new TableRow(row.stream().map(text -> new TableCell(text, header, 1, 1)).toList()));
        }
        return result;
    }

    private RichText richText(Node first, Node block) {
        return new RichText(inlines(first, block));
    }

    /** The inlines from {@code first} to the end of its container; {@code block} names the line in diagnostics. */
    private List<Inline> inlines(Node first, Node block) {
        List<Inline> inlines = new ArrayList<>();
        for (Node node = first; node != null; node = node.getNext()) {
            if (node instanceof Text) {
                inlines.add(new Inline.Text(((Text) node).getLiteral()));
            } else if (node instanceof Code) {
                inlines.add(new Inline.Code(((Code) node).getLiteral()));
            } else if (node instanceof Emphasis) {
                inlines.add(new Inline.Emphasis(richText(node.getFirstChild(), block)));
            } else if (node instanceof StrongEmphasis) {
                inlines.add(new Inline.Strong(richText(node.getFirstChild(), block)));
            } else if (node instanceof Link) {
                Link link = (Link) node;
                if (UrlSafety.isSafeContentUrl(link.getDestination())) {
                    inlines.add(new Inline.Link(link.getDestination(), Optional.ofNullable(link.getTitle()),
                            richText(node.getFirstChild(), block)));
                } else {
                    diagnostics.add(Kind.UNSAFE_URL, where(block == null ? node : block),
                            "a link to \"" + link.getDestination() + "\", read as its text");
                    inlines.addAll(inlines(node.getFirstChild(), block));
                }
            } else if (node instanceof HardLineBreak) {
                inlines.add(new Inline.LineBreak());
            } else if (node instanceof SoftLineBreak) {
                inlines.add(new Inline.Text(" "));
            } else if (node instanceof org.commonmark.node.Image) {
                diagnostics.add(Kind.UNSUPPORTED, where(block == null ? node : block),
                        "an image inside text, read as its description");
                inlines.add(new Inline.Text(plainText(node)));
            } else if (node instanceof HtmlInline) {
                diagnostics.add(Kind.RAW_HTML, where(block == null ? node : block),
                        "inline HTML " + ((HtmlInline) node).getLiteral() + ", left out");
            }
        }
        return inlines;
    }

    /** The text of a node's inlines, without markup. */
    private String plainText(Node node) {
        return new RichText(inlines(node.getFirstChild(), node)).plainText();
    }
}
