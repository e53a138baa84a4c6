package dev.lede.html.internal.page;

import java.util.Optional;
import java.util.regex.Pattern;

/** Small text helpers shared by the page importer. Stateless and thread-safe. */
final class Text {
    private static final Pattern ASCII_WHITESPACE = Pattern.compile("[ \\t\\n\\f\\r]+");
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|door|di|av|przez|بقلم)\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private Text() {}

    /** Collapses runs of ASCII whitespace to one space and trims, as a browser shows text; keeps no-break spaces. */
    static String clean(String text) {
        return ASCII_WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** A person's name from a byline-like text ("By Jane Doe"), or empty when nothing is left. */
    static Optional<String> author(String text) {
        String name = BY.matcher(clean(text)).replaceFirst("");
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Counts words the way {@code Article.wordCount} does: runs of letters, marks and digits. */
    static int words(String text) {
        int count = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
