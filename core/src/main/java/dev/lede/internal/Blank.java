package dev.lede.internal;

import dev.lede.RichText;

/**
 * The library's one meaning of "blank", shared by the validator and the readers (which drop blank paragraphs
 * and headings rather than produce what the validator rejects). Not part of the API.
 */
public final class Blank {
    private Blank() {}

    /**
     * Whether {@code text} holds nothing but whitespace, counting both {@link Character#isWhitespace} and
     * {@link Character#isSpaceChar} (so a run of no-break spaces is blank, unlike for {@code String.isBlank}).
     */
    public static boolean isBlank(CharSequence text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /** Whether rich text is blank by its plain text, so that markup around nothing is still blank. */
    public static boolean isBlank(RichText text) {
        return isBlank(PlainText.of(text));
    }
}
