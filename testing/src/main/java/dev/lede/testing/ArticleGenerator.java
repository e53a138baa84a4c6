package dev.lede.testing;

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
import dev.lede.Note;
import dev.lede.NoteKind;
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
import dev.lede.internal.TableWidths;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Generates varied, valid articles from a seed, for property tests: the same seed always gives the same
 * sequence. Every block and inline kind appears, sections nest to the fifth level, every optional part is
 * sometimes present and sometimes absent, lists are sometimes empty and sometimes long, and text mixes
 * scripts (Latin with combining marks, Arabic and Hebrew, CJK, astral characters, emoji sequences) with
 * characters that markup must escape.
 *
 * <p>Every article passes the default validation; alt text is sometimes empty, which is only a warning.
 *
 * <p>Three kinds of article: {@link #of(long)} uses any whitespace and control characters a faithful format must
 * keep; {@link #forHtml(long)} keeps the same variety but writes text in the form that survives HTML's
 * whitespace collapsing, because HTML cannot carry a run of spaces outside {@code <pre>}; {@link #forMarkdown(long)}
 * keeps HTML's text and stays within what Markdown holds.
 *
 * <p>Not thread-safe: use one generator per thread.
 */
public final class ArticleGenerator {
    private static final String[] WORDS = {
        "alaska", "summit", "diplomacy", "Arctic", "treaty", "verification", "signal", "deterrence",
        "café", "cafe\u0301", "naïve", "Zoë", "straße", "İstanbul", "ﬁnance",
        "سلام", "مرحبا بالعالم", "שלום", "עולם",
        "日本語", "北極", "한국어", "中文字",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎𠜱", "👩‍👩‍👧‍👦", "🇺🇸", "👍🏽", "❄️",
        "<b>not</b>", "&amp;", "a&b", "x<y", "\"quoted\"", "it's", "</article>", "<!--", "-->",
        "</script>", "<script>alert(1)</script>", "{{x}}", "${x}", "\\n", "50%", "#hash",
        "Ω", "e=mc²", "½", "۱۲۳", "2025", "x\u200By", "a\u00ADb", "\u2066ltr\u2069",
    };
    private static final String[] HTML_SPACES = {"\u00A0", "\u2009", "\u3000", "\u202F"};
    private static final String[] RAW_SPACES = {"  ", "\t", "\n", "\r\n", " \u00A0 ", "\u000B", "\f", "   \t "};
    private static final String[] CONTROLS = {"\u0001", "\u001F", "\u007F", "\u0085", "\u0000"};
    private static final String[] HREFS = {
        "https://example.org/path?q=1&r=2#frag", "http://example.com/ünïcode/页面", "mailto:someone@example.org",
        "/relative/path", "relative/page.html", "#anchor", "?query=1", "//cdn.example.org/x.js",
        "https://example.org/a%20b", "HTTPS://EXAMPLE.ORG/UPPER", "",
    };
    private static final String[] IMAGE_SOURCES = {
        "https://images.example.org/alaska.jpg", "/img/hero.png", "photo.webp", "//cdn.example.org/a%20b.gif",
        "https://example.org/i?w=100&h=50",
    };
    private static final String[] LANGUAGES = {
        "en", "en-GB", "pt-BR", "zh-Hant-TW", "ar-EG", "he", "sr-Latn-RS", "de-CH-1996", "es-419", "fr",
    };
    private static final String[] CODE_LANGUAGES = {"java", "python", "js", "c++", "shell", "html"};
    private static final int MAX_SECTION_DEPTH = 5;
    private static final int MAX_INLINE_DEPTH = 3;

    private final Random random;
    private final boolean htmlText;
    private final boolean markdown;
    /** Whether tables take any shape, as Markdown with raw HTML holds them. */
    private final boolean anyTables;
    private int explicitIds;

    private ArticleGenerator(long seed, boolean htmlText, boolean markdown, boolean anyTables) {
        this.random = new Random(seed);
        this.htmlText = htmlText;
        this.markdown = markdown;
        this.anyTables = anyTables;
    }

    /**
     * A generator of articles whose text uses any whitespace and control characters.
     *
     * @param seed the seed
     * @return a new generator
     */
    public static ArticleGenerator of(long seed) {
        return new ArticleGenerator(seed, false, false, true);
    }

    /**
     * A generator of articles whose text is already in the form HTML whitespace collapsing keeps: outside
     * code blocks no run of ASCII whitespace, none at the start or end of a block's text or beside a line
     * break, no tab, line feed, carriage return or form feed; no control character, U+FFFE or U+FFFF; no
     * carriage return anywhere; no inline container that is empty or only whitespace.
     *
     * @param seed the seed
     * @return a new generator
     */
    public static ArticleGenerator forHtml(long seed) {
        return new ArticleGenerator(seed, true, false, true);
    }

    /**
     * A generator of articles within what Markdown holds (the markdown module's README lists it): text as
     * {@link #forHtml(long)} makes it, and besides no image width or height, no line break in a heading or a
     * table cell, tables of one header row and no spans, no empty list and no negative list start, inline markup set apart
     * from the markup beside it by a space, and emphasis two levels inside emphasis set apart from text before it.
     *
     * @param seed the seed
     * @return a new generator
     */
    public static ArticleGenerator forMarkdown(long seed) {
        return new ArticleGenerator(seed, true, true, false);
    }

    /**
     * A generator of articles within what Markdown with raw HTML tables holds: as {@link #forMarkdown(long)},
     * but with tables of every shape {@link #forHtml(long)} makes (spans, several header rows or none, header
     * cells in the body, line breaks in cells), which are written as HTML.
     *
     * @param seed the seed
     * @return a new generator
     */
    public static ArticleGenerator forMarkdownWithHtmlTables(long seed) {
        return new ArticleGenerator(seed, true, true, true);
    }

    /**
     * The next article of the sequence.
     *
     * @return a valid article; never null
     */
    public Article next() {
        explicitIds = 0;
        Article.Builder article = Article.builder().title(sentence(1, 12));
        maybe(() -> article.subtitle(sentence(2, 15)));
        maybe(() -> article.description(sentence(3, 25)));
        for (int i = 0, n = count(0, 3); i < n; i++) {
            article.author(new Contributor(sentence(1, 3), chance(2) ? Optional.of(pageUri()) : Optional.empty()));
        }
        maybe(() -> article.publisher(new Publisher(sentence(1, 3),
                chance(2) ? Optional.of(pageUri()) : Optional.empty())));
        if (chance(2)) {
            OffsetDateTime published = dateTime();
            article.published(published);
            if (chance(2)) {
                Instant later = published.toInstant().plus(Duration.ofSeconds(random.nextInt(5_000_000)));
                article.modified(OffsetDateTime.ofInstant(later, offset()));
            }
        } else {
            maybe(() -> article.modified(dateTime()));
        }
        maybe(() -> article.language(pick(LANGUAGES)));
        maybe(() -> article.canonicalUrl(pageUri()));
        for (int i = 0, n = count(0, 4); i < n; i++) {
            article.tags(sentence(1, 2));
        }
        maybe(() -> article.hero(figure()));
        for (int i = 0, n = count(0, 3); i < n; i++) {
            article.lead(block(0));
        }
        for (int i = 0, n = count(0, 3); i < n; i++) {
            article.section(section(1));
        }
        for (int i = 0, n = count(0, 2); i < n; i++) {
            article.note(note());
        }
        return article.build();
    }

    private Section.Builder section(int depth) {
        Section.Builder section = Section.builder(richText(1, 6, 0, false, !markdown));
        if (chance(5)) {
            section.id("s-" + (++explicitIds));
        }
        for (int i = 0, n = count(0, 3); i < n; i++) {
            section.block(block(0));
        }
        if (depth < MAX_SECTION_DEPTH) {
            for (int i = 0, n = count(0, depth == 1 ? 2 : 1); i < n; i++) {
                section.section(section(depth + 1));
            }
        }
        return section;
    }

    private Note note() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0, n = count(0, 3); i < n; i++) {
            blocks.add(block(1));
        }
        NoteKind kind = pick(NoteKind.values());
        return new Note(kind, chance(2) ? Optional.of(sentence(1, 5)) : Optional.empty(), blocks);
    }

    private Block block(int depth) {
        int kind = random.nextInt(depth > 2 ? 5 : 12);
        switch (kind) {
            case 0:
            case 1:
            case 2:
                return new Paragraph(richText(1, 30, 0));
            case 3:
                return new CodeBlock(chance(2) ? Optional.of(pick(CODE_LANGUAGES)) : Optional.empty(), code());
            case 4:
                return new Divider();
            case 5:
            case 6:
                return list(depth);
            case 7:
                return quote(depth);
            case 8:
                return figure();
            case 9:
                return table();
            case 10:
                return summaryTable();
            default:
                return new Paragraph(richText(1, 8, 0));
        }
    }

    private ListBlock list(int depth) {
        return list(depth, 0);
    }

    private ListBlock list(int depth, int minItems) {
        boolean ordered = chance(2);
        int size = Math.max(markdown ? 1 : minItems, chance(10) ? 0 : chance(10) ? count(20, 50) : count(1, 5));
        List<ListItem> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<Block> blocks = new ArrayList<>();
            if (depth < 3 && chance(12)) {
                // An item holding only a list must still hold text, or it would be a blank item.
                blocks.add(list(depth + 1, 1));
            } else {
                blocks.add(new Paragraph(richText(1, 12, 0)));
                if (depth < 3 && chance(6)) {
                    blocks.add(list(depth + 1));
                }
                if (chance(8)) {
                    blocks.add(new Paragraph(richText(1, 8, 0)));
                }
            }
            items.add(new ListItem(blocks));
        }
        int start = ordered && chance(3) ? random.nextInt(200) - (markdown ? 0 : 50) : 1;
        return new ListBlock(ordered, start, items);
    }

    private Quote quote(int depth) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0, n = count(1, 3); i < n; i++) {
            blocks.add(block(depth + 1));
        }
        return new Quote(blocks, chance(2) ? Optional.of(richText(1, 5, 1)) : Optional.empty(),
                chance(3) ? Optional.of(pick(HREFS)) : Optional.empty());
    }

    private Figure figure() {
        Image image = new Image(pick(IMAGE_SOURCES), chance(5) ? "" : sentence(1, 6),
                !markdown && chance(2) ? OptionalInt.of(1 + random.nextInt(4000)) : OptionalInt.empty(),
                !markdown && chance(2) ? OptionalInt.of(1 + random.nextInt(3000)) : OptionalInt.empty());
        return new Figure(image, chance(2) ? Optional.of(richText(1, 12, 0)) : Optional.empty(),
                chance(3) ? Optional.of(sentence(1, 4)) : Optional.empty());
    }

    private Table table() {
        if (!anyTables) {
            return gfmTable();
        }
        int width = count(1, 5);
        List<Integer> starts = new ArrayList<>();
        List<TableRow> head = rows(count(0, 2), width, true, starts);
        List<TableRow> body = rows(count(0, 6), width, false, starts);
        boolean[] begins = new boolean[width];
        starts.forEach(start -> begins[start] = true);
        Iterator<Integer> start = starts.iterator();
        head = TableWidths.spannedInGroup(narrowed(head, start, begins)).rows();
        body = TableWidths.spannedInGroup(narrowed(body, start, begins)).rows();
        return new Table(chance(3) ? Optional.of(richText(1, 8, 0)) : Optional.empty(), head, body);
    }

    /** A table GFM holds: one row of header cells, body cells, no spans, every row as wide. */
    private Table gfmTable() {
        int width = count(1, 5);
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0, n = 1 + count(0, 6); r < n; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(new TableCell(chance(8) ? RichText.empty() : richText(1, 4, 1, false, false), r == 0, 1, 1));
            }
            rows.add(new TableRow(cells));
        }
        return new Table(chance(3) ? Optional.of(richText(1, 8, 0)) : Optional.empty(), rows.subList(0, 1),
                rows.subList(1, rows.size()));
    }

    /**
     * Rows that cover a {@code rows} by {@code width} grid exactly, with random spans; each cell's first column
     * is added to {@code starts}, in order.
     */
    private List<TableRow> rows(int rows, int width, boolean header, List<Integer> starts) {
        boolean[][] taken = new boolean[rows][width];
        List<TableRow> result = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                if (taken[r][c]) {
                    continue;
                }
                int free = 1;
                while (c + free < width && !taken[r][c + free] && free < 3) {
                    free++;
                }
                int colspan = chance(4) ? 1 + random.nextInt(free) : 1;
                int rowspan = chance(5) ? 1 + random.nextInt(rows - r) : 1;
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                RichText content = chance(8) ? RichText.empty() : richText(1, 4, 1);
                cells.add(new TableCell(content, header || chance(6), colspan, rowspan));
                starts.add(c);
                c += colspan - 1;
            }
            result.add(new TableRow(cells));
        }
        return result;
    }

    /**
     * HTML's table model wants a cell to begin in every column (and every row: {@link TableWidths#spannedInGroup}
     * sees to rows): a column in which none begins is merged into the one before it, each cell spanning it one
     * column narrower. {@code starts} gives each cell's first column, in order; {@code begins}, which columns a
     * cell begins in.
     */
    private static List<TableRow> narrowed(List<TableRow> rows, Iterator<Integer> starts, boolean[] begins) {
        List<TableRow> result = new ArrayList<>(rows.size());
        for (TableRow row : rows) {
            List<TableCell> cells = new ArrayList<>(row.cells().size());
            for (TableCell cell : row.cells()) {
                int start = starts.next();
                int colspan = 0;
                for (int c = start; c < start + cell.colspan(); c++) {
                    colspan += begins[c] ? 1 : 0;
                }
                cells.add(new TableCell(cell.content(), cell.header(), colspan, cell.rowspan()));
            }
            result.add(new TableRow(cells));
        }
        return result;
    }

    private SummaryTable summaryTable() {
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0, n = count(1, 5); i < n; i++) {
            rows.add(new SummaryRow(richText(1, 3, 1, false, !markdown), richText(1, 20, 0, false, !markdown)));
        }
        return new SummaryTable(chance(3) ? Optional.of(richText(1, 6, 1)) : Optional.empty(), sentence(1, 2),
                sentence(1, 2), rows);
    }

    private String code() {
        StringBuilder code = new StringBuilder();
        if (chance(4)) {
            code.append('\n');
        }
        String newline = !htmlText && chance(4) ? "\r\n" : "\n";
        for (int i = 0, lines = count(1, 8); i < lines; i++) {
            code.append("    ".repeat(random.nextInt(3)));
            if (chance(6)) {
                code.append('\t');
            }
            code.append(pick(WORDS)).append("  = ").append(pick(WORDS)).append(';');
            code.append(newline);
            if (chance(5)) {
                code.append(newline);
            }
        }
        return code.toString();
    }

    /** Rich text of {@code min} to {@code max} words, with markup nested up to {@link #MAX_INLINE_DEPTH}. */
    private RichText richText(int min, int max, int depth) {
        return richText(min, max, depth, false, true);
    }

    private RichText richText(int min, int max, int depth, boolean inLink, boolean breaks) {
        int words = count(min, max);
        List<Inline> inlines = new ArrayList<>();
        boolean wroteWord = false;
        for (int i = 0; i < words; ) {
            int run = Math.min(words - i, count(1, 4));
            i += run;
            if (!inlines.isEmpty() && !(last(inlines) instanceof Inline.LineBreak)
                    && (!htmlText || markdown && !(last(inlines) instanceof Inline.Text) || chance(4))) {
                inlines.add(new Inline.Text(htmlText ? " " : space()));
            }
            int kind = depth >= MAX_INLINE_DEPTH || !wroteWord ? 0 : random.nextInt(10);
            if (markdown && depth >= 2 && (kind == 1 || kind == 2) && last(inlines) instanceof Inline.Text
                    && !((Inline.Text) last(inlines)).text().endsWith(" ")) {
                // Markdown cannot hold emphasis inside emphasis of both characters right after text (README).
                inlines.set(inlines.size() - 1, new Inline.Text(((Inline.Text) last(inlines)).text() + " "));
            }
            switch (kind) {
                case 1:
                    inlines.add(new Inline.Emphasis(richText(1, run, depth + 1, inLink, breaks)));
                    break;
                case 2:
                    inlines.add(new Inline.Strong(richText(1, run, depth + 1, inLink, breaks)));
                    break;
                case 3:
                    inlines.add(new Inline.Code(words(run)));
                    break;
                case 4:
                    if (inLink) {
                        inlines.add(new Inline.Text(words(run)));
                        break;
                    }
                    inlines.add(new Inline.Link(pick(HREFS),
                            chance(3) ? Optional.of(sentence(1, 4)) : Optional.empty(), richText(1, run, depth + 1, true, breaks)));
                    break;
                case 5:
                    if (i < words && breaks) {
                        inlines.add(new Inline.Text(words(run)));
                        inlines.add(new Inline.LineBreak());
                        break;
                    }
                    inlines.add(new Inline.Text(words(run)));
                    break;
                default:
                    inlines.add(new Inline.Text(words(run)));
            }
            wroteWord = true;
        }
        if (!htmlText && chance(6)) {
            inlines.add(0, new Inline.Text(space()));
            inlines.add(new Inline.Text(space()));
        }
        return new RichText(inlines);
    }

    private static Inline last(List<Inline> inlines) {
        return inlines.get(inlines.size() - 1);
    }

    /** Plain text of {@code min} to {@code max} words. */
    private String sentence(int min, int max) {
        return words(count(min, max));
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(htmlText ? (chance(15) ? pick(HTML_SPACES) : " ") : space());
            }
            text.append(pick(WORDS));
        }
        return text.toString();
    }

    private String space() {
        if (chance(3)) {
            return chance(3) ? pick(CONTROLS) + " " : pick(RAW_SPACES);
        }
        return " ";
    }

    private URI pageUri() {
        return URI.create((chance(2) ? "https" : "http") + "://example.org/" + count(1, 9999) + "/page");
    }

    private OffsetDateTime dateTime() {
        long second = 946_684_800L + (long) (random.nextDouble() * 1_000_000_000L);
        int nanos = chance(3) ? (chance(2) ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000_000)) : 0;
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nanos), offset());
    }

    private ZoneOffset offset() {
        return chance(3) ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds((random.nextInt(49) - 24) * 1800);
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private void maybe(Runnable action) {
        if (chance(2)) {
            action.run();
        }
    }

    private int count(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
