package dev.lede.validation.internal;

/** Finds lone surrogates: UTF-16 code units that encode no character, so no UTF-8 writer can write them. */
final class Surrogates {
    private Surrogates() {}

    /** Whether {@code text} holds a high surrogate not followed by a low one, or a low one not after a high one. */
    static boolean hasLone(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
