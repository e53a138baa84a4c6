package dev.lede.html.internal.page;

import dev.lede.html.internal.InputText;
import dev.lede.internal.Words;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small text helpers shared by the page importer. Stateless and thread-safe. */
final class Text {
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|door|di|av|przez|بقلم)\\s+");

    private Text() {}

    /**
     * Removes what HTML cannot carry (a character reference can still put U+FFFF into the DOM), collapses runs
     * of ASCII whitespace to one space and trims, as a browser shows text; keeps no-break spaces.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (InputText.isWhitespace(c)) {
                pendingSpace = true;
            } else if (InputText.isKept(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString().strip();
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
