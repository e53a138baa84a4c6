package dev.lede.validation.internal;

import dev.lede.Block;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListItem;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.internal.Blank;
import dev.lede.internal.Slugs;
import dev.lede.internal.TableWidths;
import dev.lede.internal.UrlSafety;
import dev.lede.validation.Severity;
import dev.lede.validation.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules on the parts below the article, checked in one {@link PartWalk} that reports each {@link Violation}
 * directly with its position in reading order: sections ({@code section-id.malformed}, {@code heading.blank},
 * {@code section-id.duplicate}, {@code section.too-deep}), paragraphs, list items and summary rows not blank,
 * content addresses safe and valid URLs, table rows as wide as the header, with a cell beginning in each and rowspans within their group, summary tables not empty, images with alt text (a
 * warning, an error when publishing) and no lone surrogate in any string. No Hibernate Validator here: its set
 * of violations put them all in one hash bucket, so many violations cost quadratic time. One instance per walk;
 * not thread-safe.
 */
final class ContentCheck extends PartWalk {
    /** Sections nest at most this many levels, {@code h2} to {@code h6}. */
    private static final int MAX_SECTION_DEPTH = 5;
    private static final String CONTENT_URLS = "relative, or use http, https or mailto";

    private final boolean publishable;
    private final List<Engine.Found> found;
    /** Where each section id was first seen. */
    private final Map<String, String> firstSection = new HashMap<>();
    private boolean sectionTooDeep;

    /**
     * @param found where violations go, in the order found
     * @param publishable whether missing alt text is an error rather than a warning
     */
    ContentCheck(List<Engine.Found> found, boolean publishable) {
        super(Integer.MAX_VALUE);
        this.publishable = publishable;
        this.found = found;
    }

    /**
     * A section's path is one step per section level, so its length is its depth. Only the first section too
     * deep is reported, at the section itself.
     */
    @Override
    void section(Section section) {
        String path = path();
        if (!sectionTooDeep && path.chars().filter(c -> c == '[').count() > MAX_SECTION_DEPTH) {
            sectionTooDeep = true;
            report(null, "section.too-deep", Severity.ERROR, "max", MAX_SECTION_DEPTH);
        }
        String first = firstSection.putIfAbsent(section.id(), path);
        if (first != null) {
            report("id", "section-id.duplicate", Severity.ERROR, "first", first);
        }
        if (!Slugs.isSlug(section.id())) {
            report("id", "section-id.malformed", Severity.ERROR);
        }
        if (Blank.isBlank(section.heading())) {
            report("heading", "heading.blank", Severity.ERROR);
        }
    }

    @Override
    void paragraph(Paragraph paragraph) {
        if (Blank.isBlank(paragraph.text())) {
            report("text", "paragraph.blank", Severity.ERROR);
        }
    }

    /** A list item is judged by the plain text of all its blocks. */
    @Override
    void listItem(ListItem item) {
        for (Block block : item.blocks()) {
            if (!Blank.isBlank(block)) {
                return;
            }
        }
        report(null, "list-item.blank", Severity.ERROR);
    }

    @Override
    void quote(Quote quote) {
        if (quote.source().isPresent()) {
            checkUrl(quote.source().get(), "source");
        }
    }

    @Override
    void image(Image image) {
        checkUrl(image.src(), "src");
        if (Blank.isBlank(image.alt())) {
            report("alt", "image.alt-missing", publishable ? Severity.ERROR : Severity.WARNING);
        }
    }

    @Override
    void link(Inline.Link link) {
        checkUrl(link.href(), "href");
    }

    /**
     * Every row is as wide as the first header row (or, with no header rows, the first body row). A row's width
     * counts each cell's colspan plus the columns still covered by rowspans of earlier rows in the same group; as
     * in HTML, a rowspan does not reach from the head into the body. Each row of another width is reported on
     * its own.
     */
    @Override
    void table(Table table) {
        long[] headWidths = TableWidths.of(table.head());
        long[] bodyWidths = TableWidths.of(table.body());
        long[] reference = headWidths.length > 0 ? headWidths : bodyWidths;
        if (reference.length > 0) {
            checkWidths(headWidths, reference[0], "head");
            checkWidths(bodyWidths, reference[0], "body");
        }
        checkSpans(table.head(), "head");
        checkSpans(table.body(), "body");
    }

    /**
     * HTML's table model: each row has a cell beginning in it (not only cells of earlier rows reaching into it)
     * and no rowspan runs past the last row of its group. Reported at the row.
     */
    private void checkSpans(List<dev.lede.TableRow> rows, String group) {
        for (int r = 0; r < rows.size(); r++) {
            List<dev.lede.TableCell> cells = rows.get(r).cells();
            String problem = cells.isEmpty() ? "row has no cell beginning in it" : null;
            for (int c = 0; c < cells.size() && problem == null; c++) {
                if ((long) r + cells.get(c).rowspan() > rows.size()) {
                    problem = "cell " + c + " spans " + cells.get(c).rowspan() + " rows, past the last row of the "
                            + group;
                }
            }
            if (problem != null) {
                down(Table.class, group, r, dev.lede.TableRow.class);
                report(null, "table.span", Severity.ERROR, "problem", problem);
                up(Table.class);
            }
        }
    }

    @Override
    void summaryTable(SummaryTable table) {
        if (table.rows().isEmpty()) {
            report("rows", "summary-table.empty", Severity.ERROR);
        }
    }

    @Override
    void summaryRow(SummaryRow row) {
        if (Blank.isBlank(row.aspect())) {
            report("aspect", "summary-table.cell-blank", Severity.ERROR);
        }
        if (Blank.isBlank(row.summary())) {
            report("summary", "summary-table.cell-blank", Severity.ERROR);
        }
    }

    @Override
    void loneSurrogate() {
        report(null, "text.lone-surrogate", Severity.ERROR);
    }

    private void checkUrl(String address, String property) {
        if (!UrlSafety.isSafeContentUrl(address)) {
            report(property, "url.unsafe-scheme", Severity.ERROR, "allowed", CONTENT_URLS);
        } else if (!UrlSafety.isValidUrl(address)) {
            report(property, "url.invalid", Severity.ERROR);
        }
    }

    private void checkWidths(long[] widths, long expected, String group) {
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] != expected) {
                down(Table.class, group, i, dev.lede.TableRow.class);
                report(null, "table.row-width", Severity.ERROR, "width", widths[i], "expected", expected);
                up(Table.class);
            }
        }
    }

    /** Reports the rule {@code code} at the part's property {@code leaf}, or at the part when null. */
    private void report(String leaf, String code, Severity severity, Object... parameters) {
        found.add(new Engine.Found(position(leaf),
                new Violation(path(leaf), code, Messages.format(code, parameters), severity)));
    }
}
