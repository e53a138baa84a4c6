package dev.lede.benchmarks;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a title or byline agrees with the expected one. Stateless and thread-safe.
 */
public final class Agreement {
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern BY = Pattern.compile("^by\\s+");
    // Typographic quotes count as the plain ones: a page's h1 and its og:title often differ only in these.
    private static final Pattern SINGLE_QUOTE = Pattern.compile("[\u2018\u2019\u201a\u201b\u2032]");
    private static final Pattern DOUBLE_QUOTE = Pattern.compile("[\u201c\u201d\u201e\u201f\u2033]");
    /** The separators with which pages add a site or section name to a title. */
    private static final List<String> AFFIX_SEPARATORS = List.of(" - ", " | ", " \u2013 ", " \u2014 ", " \u00b7 ",
            " :: ", " \u00bb ", " / ");

    private Agreement() {}

    /**
     * Normalises a title for comparison: Unicode NFKC, typographic quotes made plain, every run of white space
     * (including no-break and other Unicode spaces) made one space, trimmed, lower-cased.
     *
     * @param text the text; null is treated as empty
     * @return the normalised text; never null
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String quotes = DOUBLE_QUOTE.matcher(SINGLE_QUOTE.matcher(nfkc).replaceAll("'")).replaceAll("\"");
        return SPACE.matcher(quotes).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Normalises a byline: as {@link #normalise(String)}, then without a leading "by ", because
     * Readability keeps the word in its bylines while a list of authors never has it.
     *
     * @param byline the byline; null is treated as empty
     * @return the normalised byline; never null
     */
    public static String normaliseByline(String byline) {
        return BY.matcher(normalise(byline)).replaceFirst("");
    }

    /**
     * Whether two titles agree.
     *
     * @param actual what an importer found; may be null
     * @param expected the reference; may be null
     * @return true when both normalise to the same text
     */
    public static boolean title(String actual, String expected) {
        return normalise(actual).equals(normalise(expected));
    }

    /**
     * Whether a title agrees with a reference that may add a site or section name to it: they agree, or the
     * reference is the title with a part added before or after one of the separators pages use for that
     * ({@code " - "}, {@code " | "}, dashes, {@code " · "}, {@code " :: "}, {@code " » "}, {@code " / "}).
     * Readability's expected titles keep such a part, which Lede removes.
     *
     * @param actual what an importer found; may be null
     * @param expected the reference; may be null
     * @return true when they agree apart from such a part of the reference
     */
    public static boolean titleUpToAffix(String actual, String expected) {
        String title = normalise(actual);
        String reference = normalise(expected);
        if (title.equals(reference)) {
            return true;
        }
        if (title.isEmpty()) {
            return false;
        }
        for (String separator : AFFIX_SEPARATORS) {
            if (reference.startsWith(title + separator) || reference.endsWith(separator + title)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two bylines agree.
     *
     * @param actual what an importer found; may be null
     * @param expected the reference; may be null
     * @return true when both normalise to the same text
     */
    public static boolean byline(String actual, String expected) {
        return normaliseByline(actual).equals(normaliseByline(expected));
    }
}
