package dev.lede.markdown.internal;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Metadata;
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
import dev.lede.internal.Slugs;
import dev.lede.internal.UrlSafety;
import dev.lede.markdown.MarkdownDiagnostic.Kind;
import dev.lede.markdown.MarkdownWriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes an article as Markdown, block by block (the mapping is the table in the module's README); the inline
 * content of each block is {@link InlineWriter}'s. Whatever Markdown cannot hold is written as near as it can be
 * and reported. One instance an article; not thread-safe.
 */
public final class MarkdownWriter implements Block.Visitor<Void> {
    private static final int MAX_ORDINAL = 999_999_999;
    private static final int MAX_HEADING_LEVEL = 6;

    private final Lines lines = new Lines();
    private final Diagnostics diagnostics = new Diagnostics();
    /** Writes the tables GFM cannot hold when raw HTML is on; null when off. */
    private final HtmlTables htmlTables;
    /** The path of the block being written, for diagnostics. */
    private String path = "";
    /** The block before the one being written in the same container, or null. */
    private Block previous;
    /** Whether the last list written used the alternate markers ({@code +}, {@code )}). */
    private boolean alternateMarkers;

    private MarkdownWriter(HtmlTables htmlTables) {
        this.htmlTables = htmlTables;
    }

    /**
     * Writes {@code article}, its metadata as front matter or, without, its title as a level-one heading; the
     * tables GFM cannot hold as HTML through {@code htmlTables}, or flattened when it is null.
     */
    public static MarkdownWriteResult write(Article article, boolean frontMatter, HtmlTables htmlTables) {
        MarkdownWriter writer = new MarkdownWriter(htmlTables);
        String head = frontMatter ? FrontMatter.write(article, writer.diagnostics) : "";
        List<Block> lead = article.lead();
        if (!frontMatter) {
            writer.withoutFrontMatter(article);
            if (article.hero().isPresent()) {
                lead = new ArrayList<>(lead);
                lead.add(0, article.hero().get());
            }
        }
        writer.blocks(lead, "lead");
        List<Section> sections = article.sections();
        for (int i = 0; i < sections.size(); i++) {
            writer.section(sections.get(i), 2, "sections[" + i + "]");
        }
        List<Note> notes = article.notes();
        for (int i = 0; i < notes.size(); i++) {
            writer.note(notes.get(i), "notes[" + i + "]");
        }
        String body = writer.lines.toString();
        String markdown = head.isEmpty() || body.isEmpty() ? head + body : head + "\n" + body;
        return new MarkdownWriteResult(markdown, writer.diagnostics.list());
    }

    /**
     * Writes blocks on their own, as they are written inside an article, with no final line end; what Markdown
     * cannot hold is written as near as it can be, unreported, and tables GFM cannot hold flattened, never as
     * HTML. A chunk's text: one escaping for both.
     */
    public static String writeBlocks(List<Block> blocks) {
        MarkdownWriter writer = new MarkdownWriter(null);
        writer.blocks(blocks, "blocks");
        String markdown = writer.lines.toString();
        return markdown.endsWith("\n") ? markdown.substring(0, markdown.length() - 1) : markdown;
    }

    private void withoutFrontMatter(Article article) {
        Metadata metadata = article.metadata();
        lines.startBlock();
        lines.line("# " + InlineWriter.write(metadata.title(), InlineWriter.Place.HEADING, diagnostics, "title"));
        lines.endBlock(false);
        List<String> left = new ArrayList<>();
        metadata.subtitle().ifPresent(x -> left.add("subtitle"));
        metadata.description().ifPresent(x -> left.add("description"));
        if (!metadata.authors().isEmpty()) {
            left.add("authors");
        }
        metadata.publisher().ifPresent(x -> left.add("publisher"));
        metadata.published().ifPresent(x -> left.add("published"));
        metadata.modified().ifPresent(x -> left.add("modified"));
        metadata.language().ifPresent(x -> left.add("language"));
        metadata.canonicalUrl().ifPresent(x -> left.add("canonicalUrl"));
        if (!metadata.tags().isEmpty()) {
            left.add("tags");
        }
        for (String name : left) {
            notHeld("metadata." + name, "metadata without front matter, left out");
        }
        article.hero().ifPresent(x -> notHeld("hero", "the hero without front matter, written as the lead's first figure"));
    }

    private void section(Section section, int level, String at) {
        path = at + ".heading";
        String heading = InlineWriter.write(section.heading(), InlineWriter.Place.HEADING, diagnostics, path);
        if (level > MAX_HEADING_LEVEL) {
            notHeld(at, "a section deeper than level " + MAX_HEADING_LEVEL + ", written at that level");
        }
        String id = section.id();
        boolean derived = id.equals(Slugs.slug(section.heading().plainText()));
        if (!derived && !Syntax.HEADING_ID.matcher(" {#" + id + "}").matches()) {
            notHeld(at + ".id", "an id that is not a slug, left out");
            derived = true;
        }
        lines.startBlock();
        lines.line("#".repeat(Math.min(level, MAX_HEADING_LEVEL)) + " " + heading + (derived ? "" : " {#" + id + "}"));
        lines.endBlock(false);
        blocks(section.blocks(), at + ".blocks");
        List<Section> subsections = section.subsections();
        for (int i = 0; i < subsections.size(); i++) {
            section(subsections.get(i), level + 1, at + ".subsections[" + i + "]");
        }
    }

    private void note(Note note, String at) {
        lines.startBlock();
        lines.push("> ", "> ");
        lines.startBlock();
        path = at + ".title";
        String title = note.title().map(t -> " " + InlineWriter.write(t, InlineWriter.Place.BLOCK, diagnostics, path))
                .orElse("");
        lines.text("**" + Syntax.label(note.kind()) + "**" + title);
        lines.endBlock(false);
        previous = null;
        blocks(note.blocks(), at + ".blocks");
        lines.pop();
        lines.endBlock(false);
    }

    private void blocks(List<Block> blocks, String at) {
        Block before = null;
        for (int i = 0; i < blocks.size(); i++) {
            previous = before;
            path = at + "[" + i + "]";
            blocks.get(i).accept(this);
            before = blocks.get(i);
        }
    }

    private String inline(RichText text) {
        return InlineWriter.write(text, InlineWriter.Place.BLOCK, diagnostics, path);
    }

    @Override
    public Void visitParagraph(Paragraph paragraph) {
        if (paragraph.text().isEmpty()) {
            notHeld(path, "an empty paragraph, left out");
            return null;
        }
        block(inline(paragraph.text()));
        return null;
    }

    private void block(String text) {
        lines.startBlock();
        lines.text(text);
        lines.endBlock(false);
    }

    @Override
    public Void visitList(ListBlock list) {
        String at = path;
        if (list.items().isEmpty()) {
            notHeld(at, "an empty list, left out");
            return null;
        }
        Block before = previous;
        // Two lists in a row need different markers, or they read as one.
        boolean alternate = before instanceof ListBlock && ((ListBlock) before).ordered() == list.ordered()
                && !alternateMarkers;
        int start = list.start();
        if (list.ordered() && (start < 0 || start > MAX_ORDINAL)) {
            notHeld(at, "a list starting at " + start + ", which Markdown cannot number; starts at 0");
            start = 0;
        }
        boolean tight = list.items().stream().allMatch(item -> item.blocks().size() <= 1);
        for (int i = 0; i < list.items().size(); i++) {
            ListItem item = list.items().get(i);
            String marker = !list.ordered() ? (alternate ? "+ " : "- ")
                    : (start + (long) i <= MAX_ORDINAL ? start + i : start) + (alternate ? ") " : ". ");
            lines.startBlock();
            lines.push(marker, " ".repeat(marker.length()));
            if (item.blocks().isEmpty()) {
                lines.line("");
            }
            blocks(item.blocks(), at + ".items[" + i + "].blocks");
            lines.pop();
            lines.endBlock(tight);
        }
        lines.endBlock(false);
        alternateMarkers = alternate;
        return null;
    }

    @Override
    public Void visitQuote(Quote quote) {
        String at = path;
        lines.startBlock();
        lines.push("> ", "> ");
        blocks(quote.blocks(), at + ".blocks");
        path = at + ".attribution";
        StringBuilder attribution = new StringBuilder();
        quote.attribution().ifPresent(text -> attribution.append(inline(text)));
        quote.source().ifPresent(source -> {
            if (UrlSafety.isSafeContentUrl(source)) {
                attribution.append(quote.attribution().isPresent() ? Syntax.SOURCE_SEPARATOR : "")
                        .append('[').append(Syntax.SOURCE_TEXT).append("](")
                        .append(InlineWriter.destination(source, false)).append(')');
            } else {
                diagnostics.add(Kind.UNSAFE_URL, at + ".source", "a quote source \"" + source + "\", left out");
            }
        });
        if (attribution.length() > 0) {
            block(Syntax.ATTRIBUTION + attribution);
        } else if (quote.blocks().isEmpty()) {
            lines.line(""); // an empty quote is its marker alone, as an empty list item is
        }
        lines.pop();
        lines.endBlock(false);
        return null;
    }

    @Override
    public Void visitFigure(Figure figure) {
        String at = path;
        if (!UrlSafety.isSafeContentUrl(figure.image().src())) {
            diagnostics.add(Kind.UNSAFE_URL, at, "an image from \"" + figure.image().src() + "\", left out");
            return null;
        }
        if (figure.image().width().isPresent() || figure.image().height().isPresent()) {
            notHeld(at + ".image", "an image's width and height, left out");
        }
        StringBuilder text = new StringBuilder("![")
                .append(InlineWriter.write(figure.image().alt(), InlineWriter.Place.BLOCK, diagnostics, at))
                .append("](").append(InlineWriter.destination(figure.image().src(), false));
        figure.credit().ifPresent(credit -> text.append(' ').append(InlineWriter.title(credit, false)));
        text.append(')');
        path = at + ".caption";
        figure.caption().ifPresent(caption -> text.append('\n').append(inline(caption)));
        block(text.toString());
        return null;
    }

    @Override
    public Void visitTable(Table table) {
        String at = path;
        List<TableRow> head = table.head();
        List<TableRow> body = table.body();
        boolean gfm = isGfm(table);
        if (htmlTables != null && (!gfm || breaksLine(table))) {
            String html = htmlTables.write(table);
            if (!htmlTables.holds(table, html)) {
                notHeld(at, "a table whose text HTML does not keep as it is (runs of spaces, a line break at a "
                        + "cell's edge), written as HTML");
            }
            block(html);
            return null;
        }
        if (!gfm) {
            notHeld(at, "a table GFM cannot hold (no single header row, spans, header cells in the body or rows "
                    + "of different widths), written flattened: spans and the kinds of cells are lost");
            List<TableRow> rows = new ArrayList<>(head);
            rows.addAll(body);
            head = rows.isEmpty() ? List.of() : rows.subList(0, 1);
            body = rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
        }
        int width = 1;
        for (TableRow row : table.head()) {
            width = Math.max(width, row.cells().size());
        }
        for (TableRow row : table.body()) {
            width = Math.max(width, row.cells().size());
        }
        lines.startBlock();
        lines.line(row(head.isEmpty() ? List.of() : contents(head.get(0)), width, at + ".head[0]"));
        lines.line("|" + " --- |".repeat(width));
        for (int i = 0; i < body.size(); i++) {
            lines.line(row(contents(body.get(i)), width, at + ".body[" + i + "]"));
        }
        lines.endBlock(false);
        caption(table.caption(), at);
        return null;
    }

    /** Whether GFM holds the table as it is: one header row, no spans, every row as wide. */
    private static boolean isGfm(Table table) {
        if (table.head().size() != 1) {
            return false;
        }
        int width = table.head().get(0).cells().size();
        for (TableCell cell : table.head().get(0).cells()) {
            if (!cell.header() || cell.colspan() != 1 || cell.rowspan() != 1) {
                return false;
            }
        }
        for (TableRow row : table.body()) {
            if (row.cells().size() != width) {
                return false;
            }
            for (TableCell cell : row.cells()) {
                if (cell.header() || cell.colspan() != 1 || cell.rowspan() != 1) {
                    return false;
                }
            }
        }
        return width > 0;
    }

    /** Whether a cell holds a line break, which a GFM cell cannot. */
    private static boolean breaksLine(Table table) {
        return Stream.concat(table.head().stream(), table.body().stream()).flatMap(row -> row.cells().stream())
                .anyMatch(cell -> breaksLine(cell.content()));
    }

    private static boolean breaksLine(RichText text) {
        for (Inline inline : text.inlines()) {
            if (inline instanceof Inline.LineBreak
                    || inline instanceof Inline.Emphasis && breaksLine(((Inline.Emphasis) inline).content())
                    || inline instanceof Inline.Strong && breaksLine(((Inline.Strong) inline).content())
                    || inline instanceof Inline.Link && breaksLine(((Inline.Link) inline).content())) {
                return true;
            }
        }
        return false;
    }

    private static List<RichText> contents(TableRow row) {
        return row.cells().stream().map(TableCell::content).toList();
    }

    /** A table row of {@code width} cells, those past the contents empty. */
    private String row(List<RichText> cells, int width, String at) {
        StringBuilder row = new StringBuilder("|");
        for (int i = 0; i < width; i++) {
            String cell = i < cells.size()
                    ? InlineWriter.write(cells.get(i), InlineWriter.Place.CELL, diagnostics, at + ".cells[" + i + "]")
                    : "";
            row.append(' ').append(cell).append(" |");
        }
        return row.toString();
    }

    private void caption(Optional<RichText> caption, String at) {
        path = at + ".caption";
        caption.ifPresent(text -> block(Syntax.CAPTION + " " + inline(text)));
    }

    @Override
    public Void visitSummaryTable(SummaryTable table) {
        String at = path;
        lines.startBlock();
        lines.line(row(List.of(RichText.of(table.aspectLabel()), RichText.of(table.summaryLabel())), 2,
                at + ".labels"));
        // Left-aligned columns mark the summary table: an ordinary table is written without alignment.
        lines.line("| :--- | :--- |");
        for (int i = 0; i < table.rows().size(); i++) {
            SummaryRow row = table.rows().get(i);
            lines.line(row(List.of(row.aspect(), row.summary()), 2, at + ".rows[" + i + "]"));
        }
        lines.endBlock(false);
        caption(table.caption(), at);
        return null;
    }

    @Override
    public Void visitCode(CodeBlock code) {
        String text = code.code();
        if (text.indexOf('\r') >= 0) {
            notHeld(path, "carriage returns in code, written as line feeds");
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (text.indexOf('\0') >= 0) {
            notHeld(path, "a NUL character, written as U+FFFD");
            text = text.replace('\0', '\uFFFD');
        }
        String info = code.language().map(this::info).orElse("");
        char fenceCharacter = info.indexOf('`') >= 0 ? '~' : '`';
        String fence = String.valueOf(fenceCharacter).repeat(Math.max(3, InlineWriter.longestRun(text, fenceCharacter) + 1));
        lines.startBlock();
        lines.line(fence + info);
        // Parsing ends the code with a line feed; the code's own last line feed is written as an empty line.
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.line(text.substring(start, end));
            start = end + 1;
        }
        lines.line(text.substring(start));
        lines.line(fence);
        lines.endBlock(false);
        return null;
    }

    /** A code block's language as a fence's info string, escaped. */
    private String info(String language) {
        if (language.isBlank() || !language.strip().equals(language) || language.indexOf('\n') >= 0
                || language.indexOf('\r') >= 0) {
            notHeld(path + ".language", "a language Markdown cannot hold (blank, or with spaces around or line ends), left out");
            return "";
        }
        StringBuilder info = new StringBuilder(language.length());
        for (int i = 0; i < language.length(); i++) {
            char c = language.charAt(i);
            if (c == '\\' || c == '&') {
                info.append('\\');
            }
            info.append(c);
        }
        return info.toString();
    }

    @Override
    public Void visitDivider(Divider divider) {
        block(Syntax.DIVIDER);
        return null;
    }

    private void notHeld(String at, String detail) {
        diagnostics.add(Kind.NOT_HELD, at, detail);
    }
}
