package dev.lede.html;

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
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A small indented text format for expected articles in golden tests, so that an expectation reads like the
 * article and does not depend on another converter. Two spaces a level; {@code #} starts a comment line.
 *
 * <pre>
 * title: Plain title                 subtitle: / description: / language: / canonical: / tag: (plain)
 * author: Name | https://url         publisher: Name | url       published: / modified: ISO-8601
 * hero src | alt                     (children as for figure)
 * lead                               (children: blocks)
 * section id | rich heading          (children: blocks, then sections)
 * note kind | title                  ("note kind" alone: no title; children: blocks)
 * blocks:  p: rich | ul | ol START | li: rich | li (children: blocks) | hr | code LANG: text
 *          quote (children: blocks, attribution: rich, source: url)
 *          figure src | alt (children: caption: rich, credit: text, width: n, height: n)
 *          table (children: caption: rich, head, body; each with row, whose children are
 *                 th: rich, td: rich, or "td 2x3: rich" for colspan 2, rowspan 3)
 *          summary aspect label | summary label (children: caption: rich, row: aspect | summary)
 * rich:    text with {em|...} {strong|...} {code|...} {a HREF|...} {a HREF "TITLE"|...} {br};
 *          escapes \\ \{ \} \| \n and \\uXXXX
 * </pre>
 */
final class ArticleOutline {
    private record Line(String key, String value, List<Line> children) {}

    private ArticleOutline() {}

    static Article parse(String text) {
        List<Line> lines = tree(text);
        Article.Builder article = Article.builder();
        List<Block> lead = new ArrayList<>();
        for (Line line : lines) {
            String v = line.value();
            switch (line.key()) {
                case "title" -> article.title(unescape(v));
                case "subtitle" -> article.subtitle(unescape(v));
                case "description" -> article.description(unescape(v));
                case "author" -> {
                    String[] parts = split(v);
                    article.author(new Contributor(unescape(parts[0]), optionalUri(parts)));
                }
                case "publisher" -> {
                    String[] parts = split(v);
                    article.publisher(new Publisher(unescape(parts[0]), optionalUri(parts)));
                }
                case "published" -> article.published(OffsetDateTime.parse(v));
                case "modified" -> article.modified(OffsetDateTime.parse(v));
                case "language" -> article.language(v);
                case "canonical" -> article.canonicalUrl(URI.create(v));
                case "tag" -> article.tags(unescape(v));
                case "hero" -> article.hero(figure(line));
                case "lead" -> lead.addAll(blocks(line.children()));
                case "section" -> article.section(section(line));
                case "note" -> {
                    String[] parts = split(v);
                    Optional<String> title = parts.length > 1 ? Optional.of(unescape(parts[1])) : Optional.empty();
                    article.note(new Note(NoteKind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)), title,
                            blocks(line.children())));
                }
                default -> throw new IllegalArgumentException("unknown article line: " + line.key());
            }
        }
        lead.forEach(article::lead);
        return article.build();
    }

    private static Section.Builder section(Line line) {
        String[] parts = split(line.value());
        Section.Builder section = Section.builder(rich(parts[1])).id(parts[0].strip());
        fill(section, line);
        return section;
    }

    private static void fill(Section.Builder section, Line line) {
        for (Line child : line.children()) {
            if (child.key().equals("section")) {
                String[] parts = split(child.value());
                section.section(rich(parts[1]), nested -> {
                    nested.id(parts[0].strip());
                    fill(nested, child);
                });
            } else {
                section.block(block(child));
            }
        }
    }

    private static List<Block> blocks(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        for (Line line : lines) {
            blocks.add(block(line));
        }
        return blocks;
    }

    private static Block block(Line line) {
        String v = line.value();
        if (line.key().startsWith("code")) {
            Optional<String> language = line.key().length() > 5 ? Optional.of(line.key().substring(5))
                    : Optional.empty();
            return new CodeBlock(language, unescape(v));
        }
        switch (line.key()) {
            case "p":
                return new Paragraph(rich(v));
            case "hr":
                return new Divider();
            case "ul":
            case "ol":
                List<ListItem> items = new ArrayList<>();
                for (Line item : line.children()) {
                    items.add(item.children().isEmpty() && !item.value().isEmpty()
                            ? new ListItem(List.of(new Paragraph(rich(item.value()))))
                            : new ListItem(blocks(item.children())));
                }
                boolean ordered = line.key().equals("ol");
                return new ListBlock(ordered, ordered && !v.isEmpty() ? Integer.parseInt(v) : 1, items);
            case "quote":
                List<Block> quoted = new ArrayList<>();
                Optional<RichText> attribution = Optional.empty();
                Optional<String> source = Optional.empty();
                for (Line child : line.children()) {
                    if (child.key().equals("attribution")) {
                        attribution = Optional.of(rich(child.value()));
                    } else if (child.key().equals("source")) {
                        source = Optional.of(child.value());
                    } else {
                        quoted.add(block(child));
                    }
                }
                return new Quote(quoted, attribution, source);
            case "figure":
                return figure(line);
            case "table":
                return table(line);
            case "summary":
                return summary(line);
            default:
                throw new IllegalArgumentException("unknown block line: " + line.key());
        }
    }

    private static Figure figure(Line line) {
        String[] parts = split(line.value());
        OptionalInt width = OptionalInt.empty();
        OptionalInt height = OptionalInt.empty();
        Optional<RichText> caption = Optional.empty();
        Optional<String> credit = Optional.empty();
        for (Line child : line.children()) {
            switch (child.key()) {
                case "caption" -> caption = Optional.of(rich(child.value()));
                case "credit" -> credit = Optional.of(unescape(child.value()));
                case "width" -> width = OptionalInt.of(Integer.parseInt(child.value()));
                case "height" -> height = OptionalInt.of(Integer.parseInt(child.value()));
                default -> throw new IllegalArgumentException("unknown figure line: " + child.key());
            }
        }
        String alt = parts.length > 1 ? unescape(parts[1]) : "";
        return new Figure(new Image(parts[0].strip(), alt, width, height), caption, credit);
    }

    private static Table table(Line line) {
        Optional<RichText> caption = Optional.empty();
        List<TableRow> head = new ArrayList<>();
        List<TableRow> body = new ArrayList<>();
        for (Line child : line.children()) {
            switch (child.key()) {
                case "caption" -> caption = Optional.of(rich(child.value()));
                case "head" -> child.children().forEach(row -> head.add(row(row)));
                case "body" -> child.children().forEach(row -> body.add(row(row)));
                default -> throw new IllegalArgumentException("unknown table line: " + child.key());
            }
        }
        return new Table(caption, head, body);
    }

    private static TableRow row(Line row) {
        List<TableCell> cells = new ArrayList<>();
        for (Line cell : row.children()) {
            String[] kind = cell.key().split(" ");
            int colspan = 1;
            int rowspan = 1;
            if (kind.length > 1) {
                String[] spans = kind[1].split("x");
                colspan = Integer.parseInt(spans[0]);
                rowspan = Integer.parseInt(spans[1]);
            }
            cells.add(new TableCell(rich(cell.value()), kind[0].equals("th"), colspan, rowspan));
        }
        return new TableRow(cells);
    }

    private static SummaryTable summary(Line line) {
        String[] labels = split(line.value());
        Optional<RichText> caption = Optional.empty();
        List<SummaryRow> rows = new ArrayList<>();
        for (Line child : line.children()) {
            if (child.key().equals("caption")) {
                caption = Optional.of(rich(child.value()));
            } else {
                String[] cells = split(child.value());
                rows.add(new SummaryRow(rich(cells[0]), rich(cells[1])));
            }
        }
        return new SummaryTable(caption, unescape(labels[0]), labels.length > 1 ? unescape(labels[1]) : "", rows);
    }

    private static Optional<URI> optionalUri(String[] parts) {
        return parts.length > 1 ? Optional.of(URI.create(parts[1].strip())) : Optional.empty();
    }

    private static String[] split(String value) {
        int bar = value.indexOf(" | ");
        return bar < 0 ? new String[] {value} : new String[] {value.substring(0, bar), value.substring(bar + 3)};
    }

    // ---- rich text

    static RichText rich(String text) {
        int[] at = {0};
        RichText rich = new RichText(inlines(text, at));
        if (at[0] != text.length()) {
            throw new IllegalArgumentException("unbalanced } in " + text);
        }
        return rich;
    }

    private static List<Inline> inlines(String s, int[] at) {
        List<Inline> inlines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (at[0] < s.length() && s.charAt(at[0]) != '}') {
            char c = s.charAt(at[0]);
            if (c == '\\') {
                at[0] += escape(s, at[0], text);
            } else if (c == '{') {
                if (text.length() > 0) {
                    inlines.add(new Inline.Text(text.toString()));
                    text.setLength(0);
                }
                inlines.add(markup(s, at));
            } else {
                text.append(c);
                at[0]++;
            }
        }
        if (text.length() > 0) {
            inlines.add(new Inline.Text(text.toString()));
        }
        return inlines;
    }

    private static Inline markup(String s, int[] at) {
        if (s.startsWith("{br}", at[0])) {
            at[0] += 4;
            return new Inline.LineBreak();
        }
        int bar = s.indexOf('|', at[0]);
        String head = s.substring(at[0] + 1, bar);
        at[0] = bar + 1;
        List<Inline> content = inlines(s, at);
        at[0]++;
        RichText rich = new RichText(content);
        if (head.equals("em")) {
            return new Inline.Emphasis(rich);
        }
        if (head.equals("strong")) {
            return new Inline.Strong(rich);
        }
        if (head.equals("code")) {
            return new Inline.Code(rich.plainText());
        }
        if (head.startsWith("a ")) {
            String target = head.substring(2);
            int quote = target.indexOf(" \"");
            if (quote < 0) {
                return new Inline.Link(target, Optional.empty(), rich);
            }
            return new Inline.Link(target.substring(0, quote),
                    Optional.of(target.substring(quote + 2, target.length() - 1)), rich);
        }
        throw new IllegalArgumentException("unknown inline {" + head + "|");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) == '\\') {
                i += escape(s, i, out);
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Appends the escape at {@code i}; returns how many characters it took. */
    private static int escape(String s, int i, StringBuilder out) {
        char next = s.charAt(i + 1);
        if (next == 'n') {
            out.append('\n');
            return 2;
        }
        if (next == 'u') {
            out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
            return 6;
        }
        out.append(next);
        return 2;
    }

    // ---- lines

    private static List<Line> tree(String text) {
        List<Line> root = new ArrayList<>();
        List<List<Line>> levels = new ArrayList<>();
        levels.add(root);
        for (String raw : text.lines().toList()) {
            String stripped = raw.stripTrailing();
            if (stripped.isBlank() || stripped.stripLeading().startsWith("#")) {
                continue;
            }
            int indent = stripped.length() - stripped.stripLeading().length();
            if (indent % 2 != 0 || indent / 2 >= levels.size()) {
                throw new IllegalArgumentException("bad indentation: " + raw);
            }
            String content = stripped.substring(indent);
            int colon = content.indexOf(": ");
            String key;
            String value;
            if (colon >= 0 && isKey(content.substring(0, colon))) {
                key = content.substring(0, colon);
                value = content.substring(colon + 2);
            } else if (content.endsWith(":")) {
                key = content.substring(0, content.length() - 1);
                value = "";
            } else {
                int space = content.indexOf(' ');
                key = space < 0 ? content : content.substring(0, space);
                value = space < 0 ? "" : content.substring(space + 1);
            }
            Line line = new Line(key, value, new ArrayList<>());
            List<Line> siblings = levels.get(indent / 2);
            siblings.add(line);
            while (levels.size() > indent / 2 + 1) {
                levels.remove(levels.size() - 1);
            }
            levels.add(line.children());
        }
        return root;
    }

    private static boolean isKey(String key) {
        return key.matches("[a-z]+( [0-9]+x[0-9]+)?") || key.matches("code [^ ]+");
    }
}
