package dev.lede.html.internal.page;

import dev.lede.Article;
import dev.lede.Block;
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
import dev.lede.html.ArticleHtmlException;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.internal.HtmlReader;
import dev.lede.internal.Blank;
import dev.lede.internal.PlainText;
import dev.lede.internal.Slugs;
import dev.lede.internal.TableWidths;
import dev.lede.internal.UniqueIds;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import dev.lede.validation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The importer's last step: repairs what a page gets wrong in the article the reader made, so that it passes
 * {@link ArticleValidator#standard()}, and reports every repair as a {@link Reason#REPAIRED} diagnostic whose
 * detail starts with the validation code it fixes. Then it checks that the article is valid: an error left
 * is a bug of the importer, thrown as an {@link ArticleHtmlException} naming the codes and paths, never an
 * invalid article returned. Content is never dropped silently: what a repair drops is blank, or is reported
 * with its words. One instance per import; not thread-safe.
 */
final class Repairs {
    private static final ArticleValidator VALIDATOR = ArticleValidator.standard();
    /** The deepest nesting the validator accepts ({@code article.too-deep}). */
    private static final int MAX_LEVEL = VALIDATOR.maxDepth();
    /** Sections nest at most five levels, {@code h2} to {@code h6} ({@code section.too-deep}). */
    private static final int MAX_SECTION_DEPTH = 5;
    /** The longest title the validator accepts ({@code title.too-long}). */
    private static final int MAX_TITLE_LENGTH = 300;
    /** A derived title ends at a sentence's end only this far in, or more. */
    private static final int MIN_SENTENCE = 20;
    private static final int OPENING_WORDS = 8;
    private static final int OPENING_CHARS = 80;
    private static final int MAX_ERRORS_NAMED = 10;

    private final List<PageDiagnostic> diagnostics;
    /** How many too-deep lists and quotes are being unwrapped: only the outermost is reported. */
    private int unwrapping;

    private Repairs(List<PageDiagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Repairs an imported article and checks that it is valid.
     *
     * @param article the article as read and merged with the page's metadata
     * @param diagnostics where each repair is reported
     * @return a valid article
     * @throws ArticleHtmlException when the page holds no article (no title and no text), or, as a bug, when the
     *     repaired article is still invalid
     */
    static Article apply(Article article, List<PageDiagnostic> diagnostics) {
        Repairs repairs = new Repairs(diagnostics);
        Article repaired = repairs.title(repairs.content(article));
        ValidationReport report = VALIDATOR.validate(repaired);
        if (!report.isValid()) {
            List<Violation> errors = report.errors();
            throw new ArticleHtmlException("the importer made an article that fails validation, which is a bug: "
                    + errors.stream().limit(MAX_ERRORS_NAMED).map(v -> v.code() + " at " + v.path())
                            .collect(Collectors.joining("; "))
                    + (errors.size() > MAX_ERRORS_NAMED ? "; and " + (errors.size() - MAX_ERRORS_NAMED) + " more"
                            : ""), null);
        }
        return repaired;
    }

    private Article content(Article article) {
        Optional<Figure> hero = article.hero().map(figure -> figure(figure, At.root("hero"), 0));
        List<Block> lead = blocks(article.lead(), At.root("lead"), 0);
        List<Draft> drafts = new ArrayList<>();
        sections(article.sections(), At.root("sections"), 1, drafts, lead);
        uniqueIds(drafts);
        List<Note> notes = new ArrayList<>(article.notes().size());
        for (int i = 0; i < article.notes().size(); i++) {
            Note note = article.notes().get(i);
            notes.add(new Note(note.kind(), note.title(),
                    blocks(note.blocks(), At.root("notes").index(i).then("blocks"), 1)));
        }
        return new Article(article.metadata(), hero, lead, build(drafts), notes);
    }

    // ---- sections

    /** A section being repaired: its id may still change, its subsections are still being collected. */
    private static final class Draft {
        final At at;
        String id;
        final RichText heading;
        final List<Block> blocks;
        final List<Draft> subsections = new ArrayList<>();

        Draft(At at, String id, RichText heading, List<Block> blocks) {
            this.at = at;
            this.id = id;
            this.heading = heading;
            this.blocks = blocks;
        }
    }

    /**
     * Repairs sibling sections of depth {@code depth} into {@code out}, and returns the blocks that end the
     * content so far in reading order, which is where the blocks of a later section without a heading go.
     * Section blocks are repaired at the deepest section level, as such blocks may move into a deeper section.
     */
    private List<Block> sections(List<Section> sections, At at, int depth, List<Draft> out, List<Block> tail) {
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            At here = at.index(i);
            List<Block> blocks = blocks(section.blocks(), here.then("blocks"), MAX_SECTION_DEPTH);
            RichText heading = inlines(section.heading(), depth, here.then("heading"));
            if (Blank.isBlank(heading)) {
                repaired(here.then("heading"), 0, "heading.blank: a heading without text was dropped; its section's "
                        + count(blocks.size(), "block") + " joined the content before it and its "
                        + count(section.subsections().size(), "subsection") + " moved up a level");
                tail.addAll(blocks);
                tail = sections(section.subsections(), here.then("subsections"), depth, out, tail);
                continue;
            }
            Draft draft = new Draft(here, section.id(), heading, blocks);
            out.add(draft);
            boolean clip = depth >= MAX_SECTION_DEPTH && !section.subsections().isEmpty();
            if (clip) {
                repaired(here.then("subsections"), 0, "section.too-deep: "
                        + count(section.subsections().size(), "subsection") + " below h6 became h6 sections after it");
            }
            tail = sections(section.subsections(), here.then("subsections"), clip ? depth : depth + 1,
                    clip ? out : draft.subsections, draft.blocks);
        }
        return tail;
    }

    /**
     * Gives each section an id that is a slug used by no other section: the first of several sections with one
     * id keeps it, later ones get {@code id-2}, {@code id-3}, ... (as core's builders number them), never an id
     * that a section later in the article holds already.
     */
    private void uniqueIds(List<Draft> drafts) {
        List<Draft> all = new ArrayList<>();
        collect(drafts, all);
        Set<String> taken = new HashSet<>();
        for (Draft draft : all) {
            if (Slugs.isSlug(draft.id)) {
                taken.add(draft.id);
            }
        }
        Set<String> claimed = new HashSet<>();
        UniqueIds ids = new UniqueIds(taken);
        for (Draft draft : all) {
            boolean slug = Slugs.isSlug(draft.id);
            if (slug && claimed.add(draft.id)) {
                continue;
            }
            String id = ids.claim(slug ? draft.id : Slugs.slug(PlainText.of(draft.heading)));
            repaired(draft.at.then("id"), 0, (slug ? "section-id.duplicate: " : "section-id.malformed: ") + "the id \""
                    + draft.id + "\" became \"" + id + "\"");
            claimed.add(id);
            draft.id = id;
        }
    }

    private static void collect(List<Draft> drafts, List<Draft> all) {
        for (Draft draft : drafts) {
            all.add(draft);
            collect(draft.subsections, all);
        }
    }

    private static List<Section> build(List<Draft> drafts) {
        List<Section> sections = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            sections.add(new Section(draft.id, draft.heading, draft.blocks, build(draft.subsections)));
        }
        return sections;
    }

    // ---- blocks

    private List<Block> blocks(List<Block> blocks, At at, int level) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            block(blocks.get(i), at.index(i), level, out);
        }
        return out;
    }

    /** Adds what becomes of a block at nesting level {@code level} to {@code out}: itself repaired, or others. */
    private void block(Block block, At at, int level, List<Block> out) {
        if (block instanceof Paragraph paragraph) {
            RichText text = inlines(paragraph.text(), level, at.then("text"));
            if (Blank.isBlank(text)) {
                repaired(at, 0, "paragraph.blank: a paragraph without text was dropped");
            } else {
                out.add(new Paragraph(text));
            }
        } else if (block instanceof ListBlock list) {
            list(list, at, level, out);
        } else if (block instanceof Quote quote) {
            quote(quote, at, level, out);
        } else if (block instanceof Figure figure) {
            out.add(figure(figure, at, level));
        } else if (block instanceof Table table) {
            table(table, at, level, out);
        } else if (block instanceof SummaryTable table) {
            out.add(summaryTable(table, at, level));
        } else {
            out.add(block); // code blocks and dividers break no rule
        }
    }

    /**
     * A list's items with text stay; an item without text that holds images (a gallery thumbnail) becomes those
     * figures, splitting the list there, so a list of images becomes figures; an empty item is dropped.
     */
    private void list(ListBlock list, At at, int level, List<Block> out) {
        if (list.items().isEmpty()) {
            out.add(list);
            return;
        }
        if (level >= MAX_LEVEL) {
            tooDeep(at, "a list", "its items' blocks");
            unwrapping++;
            for (int i = 0; i < list.items().size(); i++) {
                out.addAll(blocks(list.items().get(i).blocks(), at.then("items").index(i).then("blocks"), level));
            }
            unwrapping--;
            return;
        }
        List<ListItem> run = new ArrayList<>();
        int runStart = 0;
        int imageItems = 0;
        int emptyItems = 0;
        for (int i = 0; i < list.items().size(); i++) {
            List<Block> blocks = blocks(list.items().get(i).blocks(), at.then("items").index(i).then("blocks"),
                    level + 1);
            if (!allBlank(blocks)) {
                if (run.isEmpty()) {
                    runStart = i;
                }
                run.add(new ListItem(blocks));
                continue;
            }
            List<Block> figures = blocks.stream().filter(Figure.class::isInstance).toList();
            if (figures.isEmpty()) {
                emptyItems++;
                continue;
            }
            imageItems++;
            addList(list, run, runStart, out);
            run = new ArrayList<>();
            out.addAll(figures);
        }
        addList(list, run, runStart, out);
        if (imageItems + emptyItems > 0) {
            repaired(at, 0, "list-item.blank: of " + count(list.items().size(), "item") + ", "
                    + (imageItems > 0 ? count(imageItems, "item") + " holding only images became figures" : "")
                    + (imageItems > 0 && emptyItems > 0 ? " and " : "")
                    + (emptyItems > 0 ? count(emptyItems, "empty item") + (emptyItems == 1 ? " was" : " were")
                            + " dropped" : ""));
        }
    }

    /** Adds the items collected so far as a list, numbered on from where they stood in the original. */
    private static void addList(ListBlock list, List<ListItem> items, int from, List<Block> out) {
        if (!items.isEmpty()) {
            int start = list.ordered() ? (int) Math.min(Integer.MAX_VALUE, (long) list.start() + from) : 1;
            out.add(new ListBlock(list.ordered(), start, items));
        }
    }

    private static boolean allBlank(List<Block> blocks) {
        for (Block block : blocks) {
            if (!Blank.isBlank(block)) {
                return false;
            }
        }
        return true;
    }

    private void quote(Quote quote, At at, int level, List<Block> out) {
        if (level >= MAX_LEVEL) {
            tooDeep(at, "a quote", "its blocks");
            unwrapping++;
            out.addAll(blocks(quote.blocks(), at.then("blocks"), level));
            unwrapping--;
            quote.attribution().map(text -> inlines(text, level, at.then("attribution")))
                    .filter(text -> !Blank.isBlank(text)).ifPresent(text -> out.add(new Paragraph(text)));
            return;
        }
        out.add(new Quote(blocks(quote.blocks(), at.then("blocks"), level + 1),
                quote.attribution().map(text -> inlines(text, level + 1, at.then("attribution"))), quote.source()));
    }

    private void tooDeep(At at, String what, String replacement) {
        if (unwrapping == 0) {
            repaired(at, 0, "article.too-deep: " + what + " nested deeper than " + MAX_LEVEL
                    + " levels was replaced by " + replacement + ", and so were lists and quotes inside it");
        }
    }

    private Figure figure(Figure figure, At at, int level) {
        return new Figure(figure.image(), figure.caption().map(text -> inlines(text, level, at.then("caption"))),
                figure.credit());
    }

    /**
     * Fits each row group to HTML's table model ({@link TableWidths#spannedInGroup}: rowspans shortened to the
     * group, rows without cells dropped, whether or not a rowspan reaches them, as they hold nothing), then pads
     * ragged rows, as the validator measures them ({@link TableWidths}), to the widest row with one empty cell
     * at the end. A
     * table whose rows differ by more than {@link HtmlReader#MAX_COLSPAN} columns cannot be padded with one
     * cell a row and is read as blocks instead: its caption and each row as a paragraph.
     */
    private void table(Table table, At at, int level, List<Block> out) {
        Optional<RichText> caption = table.caption().map(text -> inlines(text, level, at.then("caption")));
        TableWidths.Spanned spannedHead = TableWidths.spannedInGroup(cells(table.head(), at.then("head"), level));
        TableWidths.Spanned spannedBody = TableWidths.spannedInGroup(cells(table.body(), at.then("body"), level));
        List<TableRow> head = spannedHead.rows();
        List<TableRow> body = spannedBody.rows();
        int shortened = spannedHead.shortened() + spannedBody.shortened();
        int dropped = spannedHead.dropped() + spannedBody.dropped();
        if (shortened > 0) {
            repaired(at, 0, "table.span: " + count(shortened, "rowspan") + " past the last row of the group "
                    + (shortened == 1 ? "was" : "were") + " shortened");
        }
        if (dropped > 0) {
            repaired(at, 0, "table.span: " + count(dropped, "row") + " without cells " + (dropped == 1 ? "was" : "were")
                    + " dropped");
        }
        long[] headWidths = TableWidths.of(head);
        long[] bodyWidths = TableWidths.of(body);
        long widest = 0;
        long narrowest = Long.MAX_VALUE;
        for (long[] widths : List.of(headWidths, bodyWidths)) {
            for (long width : widths) {
                widest = Math.max(widest, width);
                narrowest = Math.min(narrowest, width);
            }
        }
        int padded = 0;
        if (widest - narrowest > HtmlReader.MAX_COLSPAN) {
            repaired(at, 0, "table.row-width: a table whose rows differ by " + (widest - narrowest)
                    + " columns was read as paragraphs, one a row");
            caption.filter(text -> !Blank.isBlank(text)).ifPresent(text -> out.add(new Paragraph(text)));
            for (List<TableRow> rows : List.of(head, body)) {
                for (TableRow row : rows) {
                    rowParagraph(row).ifPresent(out::add);
                }
            }
            return;
        }
        List<List<TableRow>> groups = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            List<TableRow> rows = g == 0 ? head : body;
            long[] widths = g == 0 ? headWidths : bodyWidths;
            List<TableRow> kept = new ArrayList<>(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                TableRow row = rows.get(r);
                if (widths[r] < widest) {
                    padded++;
                    List<TableCell> cells = new ArrayList<>(row.cells());
                    cells.add(new TableCell(RichText.empty(), g == 0, (int) (widest - widths[r]), 1));
                    kept.add(new TableRow(cells));
                } else {
                    kept.add(row);
                }
            }
            groups.add(kept);
        }
        if (padded > 0) {
            repaired(at, 0, "table.row-width: " + count(padded, "row") + " narrower than the widest, " + widest
                    + " columns, got an empty cell at the end");
        }
        out.add(new Table(caption, groups.get(0), groups.get(1)));
    }

    private List<TableRow> cells(List<TableRow> rows, At at, int level) {
        List<TableRow> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> cells = new ArrayList<>(rows.get(r).cells().size());
            for (int c = 0; c < rows.get(r).cells().size(); c++) {
                TableCell cell = rows.get(r).cells().get(c);
                cells.add(new TableCell(inlines(cell.content(), level, at.index(r).then("cells").index(c)
                        .then("content")), cell.header(), cell.colspan(), cell.rowspan()));
            }
            out.add(new TableRow(cells));
        }
        return out;
    }

    /** A row's cells with text, joined by a space, as one paragraph; empty when none has text. */
    private static Optional<Block> rowParagraph(TableRow row) {
        List<Inline> inlines = new ArrayList<>();
        for (TableCell cell : row.cells()) {
            if (!Blank.isBlank(cell.content())) {
                if (!inlines.isEmpty()) {
                    inlines.add(new Inline.Text(" "));
                }
                inlines.addAll(cell.content().inlines());
            }
        }
        return inlines.isEmpty() ? Optional.empty() : Optional.of(new Paragraph(new RichText(inlines)));
    }

    /** A summary table without rows, or with a blank cell, is read as a plain table of the same cells. */
    private Block summaryTable(SummaryTable table, At at, int level) {
        Optional<RichText> caption = table.caption().map(text -> inlines(text, level, at.then("caption")));
        List<SummaryRow> rows = new ArrayList<>(table.rows().size());
        boolean blankCell = false;
        for (int i = 0; i < table.rows().size(); i++) {
            SummaryRow row = table.rows().get(i);
            At here = at.then("rows").index(i);
            SummaryRow repaired = new SummaryRow(inlines(row.aspect(), level, here.then("aspect")),
                    inlines(row.summary(), level, here.then("summary")));
            blankCell |= Blank.isBlank(repaired.aspect()) || Blank.isBlank(repaired.summary());
            rows.add(repaired);
        }
        if (!rows.isEmpty() && !blankCell) {
            return new SummaryTable(caption, table.aspectLabel(), table.summaryLabel(), rows);
        }
        repaired(at, 0, (rows.isEmpty() ? "summary-table.empty: a summary table without rows"
                : "summary-table.cell-blank: a summary table with a blank cell") + " was read as a plain table");
        List<TableRow> body = new ArrayList<>(rows.size());
        for (SummaryRow row : rows) {
            body.add(new TableRow(List.of(new TableCell(row.aspect(), true, 1, 1),
                    new TableCell(row.summary(), false, 1, 1))));
        }
        return new Table(caption, List.of(new TableRow(List.of(new TableCell(RichText.of(table.aspectLabel()), true,
                1, 1), new TableCell(RichText.of(table.summaryLabel()), true, 1, 1)))), body);
    }

    // ---- inlines

    /** Rich text at nesting level {@code level}, with emphasis, strong text and links too deep unwrapped. */
    private RichText inlines(RichText text, int level, At at) {
        int room = MAX_LEVEL - level;
        if (text.isPlain() || nesting(text.inlines()) <= room) {
            return text;
        }
        repaired(at, 0, "article.too-deep: emphasis, strong text and links nested deeper than " + MAX_LEVEL
                + " levels were replaced by their text");
        return new RichText(clip(text.inlines(), room));
    }

    /** How deep emphasis, strong text and links nest in the inlines. */
    private static int nesting(List<Inline> inlines) {
        int deepest = 0;
        for (Inline inline : inlines) {
            Optional<RichText> content = content(inline);
            if (content.isPresent()) {
                deepest = Math.max(deepest, 1 + nesting(content.get().inlines()));
            }
        }
        return deepest;
    }

    private static List<Inline> clip(List<Inline> inlines, int room) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            Optional<RichText> content = content(inline);
            if (content.isEmpty()) {
                out.add(inline);
            } else if (room == 0) {
                out.addAll(clip(content.get().inlines(), 0));
            } else {
                out.add(withContent(inline, new RichText(clip(content.get().inlines(), room - 1))));
            }
        }
        return out;
    }

    /** The content of an inline that nests one level (emphasis, strong, link). */
    private static Optional<RichText> content(Inline inline) {
        if (inline instanceof Inline.Emphasis emphasis) {
            return Optional.of(emphasis.content());
        } else if (inline instanceof Inline.Strong strong) {
            return Optional.of(strong.content());
        } else if (inline instanceof Inline.Link link) {
            return Optional.of(link.content());
        }
        return Optional.empty();
    }

    private static Inline withContent(Inline inline, RichText content) {
        if (inline instanceof Inline.Emphasis) {
            return new Inline.Emphasis(content);
        } else if (inline instanceof Inline.Strong) {
            return new Inline.Strong(content);
        }
        Inline.Link link = (Inline.Link) inline;
        return new Inline.Link(link.href(), link.title(), content);
    }

    // ---- title

    /**
     * A blank title is derived from the first section heading, else the first sentence of the article's text; a
     * page with neither has no article and is refused. A title over the validator's limit is cut at a word.
     */
    private Article title(Article article) {
        Metadata metadata = article.metadata();
        String title = metadata.title();
        if (Blank.isBlank(title)) {
            Optional<String> heading = article.allSections().stream().findFirst()
                    .map(section -> Text.clean(section.heading().plainText())).filter(text -> !Blank.isBlank(text));
            title = heading.or(() -> PlainText.of(article).lines().map(Text::clean)
                            .filter(line -> !Blank.isBlank(line)).findFirst().map(Repairs::firstSentence))
                    .map(text -> text.length() > MAX_TITLE_LENGTH ? cut(text) : text)
                    .orElseThrow(() -> new ArticleHtmlException(
                            "the page holds no article: it has no title and no text", null));
            repaired(At.root("metadata").then("title"), 0, "title.blank: the page gives no title; the "
                    + (heading.isPresent() ? "first heading" : "first sentence") + " is used: \"" + opening(title)
                    + "\"");
        } else if (title.length() > MAX_TITLE_LENGTH) {
            String cut = cut(title);
            repaired(At.root("metadata").then("title"), Math.max(0, Text.words(title) - Text.words(cut)),
                    "title.too-long: a title of " + title.length() + " characters was cut to " + cut.length()
                            + ": \"" + opening(cut) + "\"");
            title = cut;
        }
        return title.equals(metadata.title()) ? article : article.withMetadata(metadata.withTitle(title));
    }

    /**
     * A line of text up to the end of its first sentence (a full stop, exclamation or question mark before a
     * space, at least {@value #MIN_SENTENCE} characters in, so that "Dr. " does not end it), or the whole line.
     */
    private static String firstSentence(String line) {
        int limit = Math.min(line.length(), MAX_TITLE_LENGTH);
        for (int i = MIN_SENTENCE; i < limit; i++) {
            char c = line.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && line.charAt(i) == ' ') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** The title cut at the last space that leaves room for an ellipsis, or inside a word when it has none. */
    private static String cut(String title) {
        int end = MAX_TITLE_LENGTH - 1;
        if (Character.isLowSurrogate(title.charAt(end))) {
            end--;
        }
        int space = title.lastIndexOf(' ', end);
        return title.substring(0, space > MAX_TITLE_LENGTH / 2 ? space : end).strip() + "…";
    }

    /** The first words of a text, for a diagnostic: at most {@value #OPENING_WORDS} words and 80 characters. */
    private static String opening(String text) {
        int end = Math.min(text.length(), OPENING_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String[] words = Text.clean(text.substring(0, end)).split(" ", OPENING_WORDS + 1);
        boolean more = words.length > OPENING_WORDS || end < text.length();
        String opening = String.join(" ", List.of(words).subList(0, Math.min(words.length, OPENING_WORDS)));
        return more ? opening + " …" : opening;
    }

    // ---- reports

    private void repaired(At at, int words, String detail) {
        diagnostics.add(new PageDiagnostic(Reason.REPAIRED, at.toString(), words, detail));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A place in the article as read, built as the repairs descend and turned into the validator's notation
     * ({@code sections[2].blocks[0].items[1]}) only when reported.
     */
    private record At(At parent, String name, int index) {
        private static final int NO_INDEX = -1;

        static At root(String name) {
            return new At(null, name, NO_INDEX);
        }

        At then(String child) {
            return new At(this, child, NO_INDEX);
        }

        At index(int i) {
            return new At(parent, name, i);
        }

        @Override
        public String toString() {
            String step = index == NO_INDEX ? name : name + "[" + index + "]";
            return parent == null ? step : parent + "." + step;
        }
    }
}
