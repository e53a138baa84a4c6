package dev.lede.html.internal.page;

import dev.lede.internal.Words;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small text helpers shared by the page importer. Stateless and thread-safe. */
final class Text {
    private static final Pattern ASCII_WHITESPACE = Pattern.compile("[ \\t\\n\\f\\r]+");
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|door|di|av|przez|بقلم)\\s+");

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

    /** Counts words as {@code Article.wordCount} does: runs of letters, marks and digits. */
    static int words(String text) {
        return Words.count(text);
    }
}
