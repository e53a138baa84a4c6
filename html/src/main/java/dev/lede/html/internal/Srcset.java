package dev.lede.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code srcset} attribute into its image candidates, as the HTML standard's parsing algorithm does, in
 * one pass: a URL runs to the next whitespace (commas at its end close the candidate), and its descriptors run
 * to the next comma outside parentheses. Splitting with a regular expression instead costs quadratic time on a
 * long run of commas. Stateless and thread-safe.
 */
public final class Srcset {
    /** One image candidate: its URL as written, and its descriptors ("640w", "2x"), empty when it has none. */
    public record Candidate(String url, String descriptors) {}

    private Srcset() {}

    /** The candidates of a {@code srcset} value, in order; empty for a blank value. */
    public static List<Candidate> parse(String srcset) {
        List<Candidate> candidates = new ArrayList<>();
        int length = srcset.length();
        int position = 0;
        while (true) {
            while (position < length
                    && (InputText.isWhitespace(srcset.charAt(position)) || srcset.charAt(position) == ',')) {
                position++;
            }
            if (position >= length) {
                return candidates;
            }
            int urlStart = position;
            while (position < length && !InputText.isWhitespace(srcset.charAt(position))) {
                position++;
            }
            int urlEnd = position;
            if (srcset.charAt(urlEnd - 1) == ',') {
                while (urlEnd > urlStart && srcset.charAt(urlEnd - 1) == ',') {
                    urlEnd--;
                }
                if (urlEnd > urlStart) {
                    candidates.add(new Candidate(srcset.substring(urlStart, urlEnd), ""));
                }
                continue;
            }
            int descriptorsStart = position;
            boolean inParentheses = false;
            while (position < length && (inParentheses || srcset.charAt(position) != ',')) {
                char c = srcset.charAt(position);
                inParentheses = c == '(' || inParentheses && c != ')';
                position++;
            }
            candidates.add(new Candidate(srcset.substring(urlStart, urlEnd),
                    srcset.substring(descriptorsStart, position).strip()));
        }
    }
}
