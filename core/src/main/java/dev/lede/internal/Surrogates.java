package dev.lede.internal;

/**
 * Lone surrogates: UTF-16 code units that encode no character (a high surrogate not followed by a low one, or a
 * low one not after a high one), so no encoding can write them. The validator refuses them
 * ({@code text.lone-surrogate}); the HTML reader and importer replace them. Not part of the API.
 */
public final class Surrogates {
    private Surrogates() {}

    /** Whether {@code text} holds a lone surrogate. */
    public static boolean hasLone(String text) {
        return firstLone(text) >= 0;
    }

    /** {@code text} with each lone surrogate replaced by U+FFFD, as a browser's decoder does; pairs are kept. */
    public static String replaceLone(String text) {
        int first = firstLone(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPairAt(text, i)) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** Whether a high surrogate at {@code i} is followed by a low one: the two are one character. */
    public static boolean isPairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** As {@link #isPairAt(String, int)}, over an array, for a loop that reads a whole text once. */
    public static boolean isPairAt(char[] text, int i) {
        return Character.isHighSurrogate(text[i]) && i + 1 < text.length && Character.isLowSurrogate(text[i + 1]);
    }

    private static int firstLone(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPairAt(text, i)) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
