package dev.lede.benchmarks;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a title or byline agrees with the expected one. Stateless and thread-safe.
 */
public final class Agreement {
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern BY = Pattern.compile("^by\\s+");

    private Agreement() {}

    /**
     * Normalises a title for comparison: Unicode NFKC, every run of white space (including no-break and other
     * Unicode spaces) made one space, trimmed, lower-cased.
     *
     * @param text the text; null is treated as empty
     * @return the normalised text; never null
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACE.matcher(nfkc).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
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
