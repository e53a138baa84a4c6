package dev.lede.html.internal.page;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Recognises a summary table in a foreign page: exactly two columns, one header row, and either header labels
 * such as "Aspect / Summary" or "Key point / Details", or short labels on the left and sentences on the right.
 * Stateless and thread-safe.
 */
final class SummaryTables {
    private static final Set<String> ASPECT_LABELS = Set.of("aspect", "topic", "key point", "key points", "issue",
            "factor", "item", "area", "question", "feature", "category", "point");
    private static final Set<String> SUMMARY_LABELS = Set.of("summary", "details", "detail", "description",
            "explanation", "takeaway", "key takeaway", "answer", "what it means", "notes", "overview");
    private static final int MAX_ASPECT_WORDS = 6;
    private static final int MIN_SUMMARY_WORDS = 8;

    private SummaryTables() {}

    /** Whether a jsoup table element looks like a summary table. */
    static boolean looksLike(Element table) {
        var rows = table.select("tr");
        if (rows.size() < 2 || !table.select("td[colspan], td[rowspan], th[colspan], th[rowspan]").isEmpty()
                || !table.select("table table").isEmpty()) {
            return false;
        }
        Element header = rows.get(0);
        if (header.select("> th").size() != 2 || header.childrenSize() != 2) {
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
}
