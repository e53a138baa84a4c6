package dev.lede.validation.internal;

/** The validator's one meaning of "blank". */
final class Blank {
    private Blank() {}

    /**
     * Whether {@code text} holds nothing but whitespace, counting both {@link Character#isWhitespace} and
     * {@link Character#isSpaceChar} (so a run of no-break spaces is blank, unlike for {@code String.isBlank}).
     */
    static boolean isBlank(CharSequence text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }
}
