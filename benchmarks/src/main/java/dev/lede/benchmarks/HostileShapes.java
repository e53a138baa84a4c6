package dev.lede.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * Web pages shaped as issue 12's findings were, generated at a given size: each repeats one unit (a hidden span,
 * a duplicate heading, an {@code @id} reference...) until the page reaches that size. Imported at two sizes,
 * they show whether the importer's time per MB stays flat, as linear time keeps it. Stateless and thread-safe.
 */
public enum HostileShapes {
    /** The baseline: paragraphs of prose with a link each, as an ordinary article has. */
    ORDINARY(i -> "<p>Paragraph " + i + " of the story says what happened, with <a href=\"/more/" + i
            + "\">a link</a> to more of it.</p>", HostileShapes::inArticle),
    /** A JSON-LD article whose author list repeats a reference to the article's own {@code @id}. */
    JSONLD_ID_CYCLES(i -> "{\"@id\":\"#article\"},", units -> "<html><head><script type=\"application/ld+json\">"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"@id\":\"#article\",\"headline\":"
            + "\"Title\",\"author\":[" + units + "{\"@type\":\"Person\",\"name\":\"A Writer\"}]}</script></head>"
            + inArticle("").substring("<html>".length())),
    /** Links with unsafe addresses, which the importer must leave out. */
    UNSAFE_LINKS(i -> "<p>Read <a href=\"javascript:alert(" + i + ")\">this</a> now, it says a lot.</p>",
            HostileShapes::inArticle),
    /** An {@code aria-label} that says "cookies" again and again, without the word the cookie pattern wants. */
    LONG_ARIA_LABEL(i -> "cookies ", units -> inArticle("<div aria-label=\"" + units + "\">" + prose() + "</div>")),
    /** The same heading again and again, each needing a unique section id. */
    DUPLICATE_HEADINGS(i -> "<h2>Same heading</h2><p>A paragraph under it with a few words of prose.</p>",
            HostileShapes::inArticle),
    /** Hidden elements, each reported as a dropped region. */
    HIDDEN_ELEMENTS(i -> "<span hidden>secret word</span>", HostileShapes::inArticle),
    /** One paragraph of words separated by line breaks. */
    RUNS_OF_BR(i -> "word " + i + "<br>", units -> inArticle("<p>" + units + "</p>")),
    /** An {@code og:title} and an {@code h1} of many words that share none. */
    LONG_TITLES(i -> "t" + i + " ", units -> "<html><head><meta property=\"og:title\" content=\"" + units
            + "\"></head><body><article><h1>" + units.replace('t', 'h') + "</h1>" + prose()
            + "</article></body></html>"),
    /** A {@code srcset} of commas without spaces. */
    SRCSET_COMMAS(i -> "a,", units -> inArticle("<figure><img alt=\"A picture\" srcset=\"" + units
            + " b.jpg 2x\"></figure>")),
    /** Table rows whose first cell spans all the rows a table can have. */
    HUGE_ROWSPANS(i -> "<tr><td rowspan=\"2147483647\">cell " + i + "</td><td>more</td></tr>",
            units -> inArticle("<table><caption>Data</caption>" + units + "</table>"));

    private static final String PROSE = ("<p>This sentence is long enough to count as the prose of an article, "
            + "and it goes on a little.</p>").repeat(3);

    private final IntFunction<String> unit;
    private final UnaryOperator<String> page;

    HostileShapes(IntFunction<String> unit, UnaryOperator<String> page) {
        this.unit = unit;
        this.page = page;
    }

    /** The constants' lambdas read the prose through a method: a static field is not yet set while they are made. */
    private static String prose() {
        return PROSE;
    }

    private static String inArticle(String content) {
        return "<html><body><article><h1>Title</h1>" + PROSE + content + "</article></body></html>";
    }

    /**
     * The shapes' names as benchmark parameters.
     *
     * @return each shape's {@link #parameter()}
     */
    public static List<String> names() {
        return Arrays.stream(values()).map(HostileShapes::parameter).toList();
    }

    /**
     * This shape's name as a benchmark parameter, such as {@code hidden-elements}.
     *
     * @return the name in lower case with hyphens
     */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The shape a parameter names.
     *
     * @param parameter a name as {@link #parameter()} gives it; not null
     * @return the shape
     */
    public static HostileShapes of(String parameter) {
        return valueOf(parameter.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /**
     * A page of this shape whose repeated part has at least {@code bytes} characters (all ASCII, so as many
     * bytes).
     *
     * @param bytes the size to reach; positive
     * @return the page's HTML
     */
    public String page(int bytes) {
        StringBuilder units = new StringBuilder(bytes + 256);
        for (int i = 0; units.length() < bytes; i++) {
            units.append(unit.apply(i));
        }
        return page.apply(units.toString());
    }
}
