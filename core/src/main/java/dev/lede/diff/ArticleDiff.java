package dev.lede.diff;

import dev.lede.Article;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where one article departs from another, part by part, in reading order: for tests and reviews that need to
 * say more than "not equal". Immutable and thread-safe; no method takes or returns null.
 *
 * <pre>{@code
 * ArticleDiff diff = ArticleDiff.between(expected, actual);
 * if (!diff.isEmpty()) {
 *     System.out.println(diff); // the first 20 differences, one a line
 * }
 * }</pre>
 *
 * <p>prints lines such as
 *
 * <pre>
 * metadata.published: 2025-08-15T09:00Z → (none)
 * lead[3]: (none) → Paragraph "Two leaders, a remote Arctic s…"
 * sections[2].subsections[0].heading: "Domestic Signals" → "Domestic signals"
 * </pre>
 *
 * <p>Every component of every record of the model is compared, so the diff {@linkplain #isEmpty() is empty}
 * exactly when the two articles are {@linkplain Article#equals(Object) equal}. The differences come in reading
 * order: metadata, hero, lead, sections depth first (a section's id, heading and blocks before its
 * subsections), notes; within a part, its components in the order the record declares them. Lists (sections,
 * blocks, list items, table rows and cells, authors, tags) are compared index by index, and the elements past
 * the end of the shorter list are reported as missing on that side; no alignment is attempted, so one block
 * inserted near the start shows as a difference at every later index, and a diff always costs time linear in
 * the size of the two articles.
 *
 * <h2>Paths</h2>
 *
 * <p>{@link Difference#path()} names the differing part as {@link dev.lede.validation.Violation#path()} does:
 * record components and list indices from the article down, counting from 0, an {@code Optional} adding nothing
 * ({@code metadata.authors[1].name}, {@code hero.image.alt}, {@code lead[0].text},
 * {@code sections[0].blocks[1].items[2]}, {@code notes[0].blocks[0].code}). A rich text is one part
 * ({@code lead[0].text}), except that where two rich texts differ only in their links' addresses or titles,
 * each of those is reported at its link ({@code lead[0].text.inlines[1].href}).
 *
 * <h2>Values</h2>
 *
 * <p>{@link Difference#expected()} and {@link Difference#actual()} write each side's value for people, in a
 * notation meant to be read, not parsed:
 *
 * <ul>
 * <li>A string is quoted, with Java's escapes for the quote, the backslash, {@code \n}, {@code \r}, {@code \t},
 *     {@code \b} and {@code \f}, and {@code \}{@code uXXXX} for what cannot be seen: control and format
 *     characters (a zero-width space, a direction mark), separators other than the space (a no-break space),
 *     lone surrogates and unassigned code points. When the two sides would still read alike, because they differ
 *     only in Unicode normalisation or in variation selectors (an "é" written as one character and as "e" with
 *     a combining accent), both sides escape every character outside printable ASCII.
 * <li>A value longer than 60 characters is cut to a window of about that many, from up to
 *     20 characters before the first character where the two sides differ, with
 *     {@code …} at each end that was cut, inside the quotes: {@code "…the summit in Anchorage, where the two…"}.
 *     So a difference takes a line of bounded length however long the text.
 * <li>An absent optional value, and the missing side of a list element one side lacks, is {@code (none)}.
 * <li>Numbers, flags ({@code true}, {@code false}), note kinds ({@code EDITORIAL}) and times (ISO 8601,
 *     {@code 2025-08-15T09:00Z}) are written plain; addresses ({@code canonicalUrl}, contributors' and
 *     publishers' {@code url}) are quoted like strings.
 * <li>A part that one side lacks, or a block of another kind than the other side's, is described by its type
 *     and its first 30 characters of text or its size: {@code Paragraph "Two leaders, a…"},
 *     {@code ListBlock numbered, 3 items}, {@code Quote, 2 blocks}, {@code Figure "https://example.org/a.jpg"},
 *     {@code Table 3×4} (rows × columns, counting colspans), {@code SummaryTable, 4 rows},
 *     {@code CodeBlock "…"}, {@code Divider}, {@code Section "Domestic Signals"}, {@code ListItem "…"},
 *     {@code TableRow, 3 cells}, {@code TableCell "…"}, {@code SummaryRow "Key players"},
 *     {@code Contributor "…"}, {@code Publisher "THE MAG POST"}, {@code Note EDITORIAL "Important Editorial Note"}.
 * <li>Rich text whose plain text differs is shown as its plain text, quoted (a line break being {@code \n}).
 *     Rich text whose plain text is the same, but not its marks, is shown with its marks: each run of text
 *     quoted, emphasis as {@code _…_} and strong as {@code **…**} around their content, inline code as
 *     {@code `"…"`}, a link as {@code […]("href")} or {@code […]("href" "title")} and a line break as
 *     {@code <br>}, the parts separated by one space. For example {@code "Alaska’s " _"rare"_ " neutrality"} →
 *     {@code "Alaska’s " **"rare"** " neutrality"}, or {@code "see " ["the map"]("#map")} →
 *     {@code "see " ["the map"]("#maps")}; such a value is cut around its first difference as a string is.
 * </ul>
 *
 * <p>{@link #differences()} holds every difference, each of bounded size; {@link #format(int)} and
 * {@link #toString()} write at most a given number of them.
 */
public final class ArticleDiff {
    /** How many differences {@link #toString()} writes before {@code … and N more}: {@value}. */
    public static final int DEFAULT_MAX_LINES = 20;

    private final List<Difference> differences;

    private ArticleDiff(List<Difference> differences) {
        this.differences = Collections.unmodifiableList(differences);
    }

    /**
     * Compares two articles.
     *
     * @param expected the article wanted; not null
     * @param actual the article got; not null
     * @return the differences from {@code expected} to {@code actual}; never null
     * @throws NullPointerException when either article is null
     */
    public static ArticleDiff between(Article expected, Article actual) {
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        return new ArticleDiff(Comparison.of(expected, actual));
    }

    /**
     * Every difference, in reading order.
     *
     * @return an unmodifiable list; empty when the articles are equal, never null
     */
    public List<Difference> differences() {
        return differences;
    }

    /**
     * Whether the articles are equal.
     *
     * @return true when there is no difference, exactly when {@code expected.equals(actual)}
     */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /**
     * The differences for people, one a line ({@code path: expected → actual}), the first {@code maxLines} of
     * them, then {@code … and N more} if some were left out. Lines are separated by {@code \n}, with none at the
     * end.
     *
     * @param maxLines how many differences to write at most; not negative
     * @return the lines; the empty string when there is no difference
     * @throws IllegalArgumentException when {@code maxLines} is negative
     */
    public String format(int maxLines) {
        if (maxLines < 0) {
            throw new IllegalArgumentException("maxLines must not be negative, was " + maxLines);
        }
        int shown = Math.min(maxLines, differences.size());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(differences.get(i));
        }
        if (differences.size() > shown) {
            if (shown > 0) {
                out.append('\n');
            }
            out.append("… and ").append(differences.size() - shown).append(" more");
        }
        return out.toString();
    }

    /**
     * The first {@value #DEFAULT_MAX_LINES} differences, as {@link #format(int)} writes them.
     *
     * @return the lines; the empty string when there is no difference
     */
    @Override
    public String toString() {
        return format(DEFAULT_MAX_LINES);
    }
}
