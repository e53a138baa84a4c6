package dev.lede.html.internal.page;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Reads the header row of a foreign table and recognises a summary table. A first row is a header when the page
 * styles it as one: every cell a {@code <th>}, or every cell's text bold ({@code <b>}, {@code <strong>} or a
 * {@code font-weight} of bold or 600 and more), while the next row is not. A summary table has exactly two
 * columns, such a header row, and either header labels such as "Aspect / Summary" or "Key point / Details", or
 * short labels on the left and sentences on the right. Stateless and thread-safe.
 */
final class SummaryTables {
    private static final Set<String> ASPECT_LABELS = Set.of("aspect", "topic", "key point", "key points", "issue",
            "factor", "item", "area", "question", "feature", "category", "point", "term", "step", "stage", "option");
    private static final Set<String> SUMMARY_LABELS = Set.of("summary", "details", "detail", "description",
            "explanation", "takeaway", "key takeaway", "answer", "what it means", "notes", "overview", "meaning",
            "definition", "what to do", "why it matters");
    private static final int MAX_ASPECT_WORDS = 6;
    private static final int MIN_SUMMARY_WORDS = 8;
    // Queries asked of every table are parsed once: jsoup parses a query string on every call.
    private static final Evaluator HEAD = QueryParser.parse("thead");
    private static final Evaluator ROWS = QueryParser.parse("> tr, > tbody > tr");
    private static final Evaluator BOLD = QueryParser.parse("b, strong");
    private static final Pattern BOLD_STYLE = Pattern.compile("(?i)font-weight\\s*:\\s*(?:bold|bolder|[6-9]00)\\b");

    private SummaryTables() {}

    /** Whether a jsoup table element looks like a summary table. */
    static boolean looksLike(Element table) {
        var rows = table.select("tr");
        if (rows.size() < 2 || !table.select("td[colspan], td[rowspan], th[colspan], th[rowspan]").isEmpty()
                || !table.select("table table").isEmpty()) {
            return false;
        }
        Element header = rows.get(0);
        if (header.childrenSize() != 2 || !isHeaderRow(header, rows.get(1))) {
            return false;
        }
        boolean labelled = ASPECT_LABELS.contains(Signals.normalise(header.child(0).text()))
                && SUMMARY_LABELS.contains(Signals.normalise(header.child(1).text()));
        boolean shaped = true;
        for (Element row : rows.subList(1, rows.size())) {
            if (row.childrenSize() != 2) {
                return false;
            }
            shaped &= Text.words(row.child(0).text()) <= MAX_ASPECT_WORDS
                    && Text.words(row.child(1).text()) >= MIN_SUMMARY_WORDS;
        }
        return labelled || shaped;
    }

    /**
     * Moves a table's first row into a {@code <thead>} when the page styled it as a header row but wrote it as a
     * body row; its cells become {@code <th>}s and lose the bold that only said so.
     */
    static void headerRowIntoHead(Element table) {
        if (table.selectFirst(HEAD) != null) {
            return;
        }
        List<Element> rows = table.select(ROWS);
        if (rows.size() < 2 || !isHeaderRow(rows.get(0), rows.get(1))) {
            return;
        }
        Element first = rows.get(0);
        for (Element cell : first.children()) {
            cell.tagName("th");
        }
        for (Element bold : first.select(BOLD)) {
            bold.unwrap();
        }
        table.prependElement("thead").appendChild(first);
    }

    /** Whether the row is styled as a header row and the row after it is not. */
    private static boolean isHeaderRow(Element row, Element next) {
        return isStyledAsHeader(row) && !isStyledAsHeader(next);
    }

    private static boolean isStyledAsHeader(Element row) {
        if (row.childrenSize() == 0) {
            return false;
        }
        boolean allHeaders = true;
        boolean allBold = true;
        for (Element cell : row.children()) {
            allHeaders &= cell.nameIs("th");
            allBold &= (cell.nameIs("td") || cell.nameIs("th")) && isBold(cell, row);
        }
        return allHeaders || allBold;
    }

    /**
     * Whether the cell has text and all of it is set in bold, by the row, the cell or an element inside it. One
     * walk through the cell, counting the bold elements it is inside.
     */
    private static boolean isBold(Element cell, Element row) {
        int[] bold = {isBoldElement(row) ? 1 : 0};
        boolean[] text = {false};
        boolean[] plain = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && isBoldElement(element)) {
                    bold[0]++;
                } else if (node instanceof TextNode part && !part.isBlank()) {
                    text[0] = true;
                    plain[0] = bold[0] == 0;
                }
                return plain[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && isBoldElement(element)) {
                    bold[0]--;
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        return text[0] && !plain[0];
    }

    private static boolean isBoldElement(Element element) {
        return element.nameIs("b") || element.nameIs("strong") || BOLD_STYLE.matcher(element.attr("style")).find();
    }
}
