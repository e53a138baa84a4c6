package dev.lede.internal;

import dev.lede.Inline;
import dev.lede.RichText;

/**
 * The library's one meaning of "blank", shared by the validator and the readers (which drop blank paragraphs
 * and headings rather than produce what the validator rejects). Not part of the API.
 */
public final class Blank {
    /** Whether an inline's plain text is blank, stopping at the first character that is not. */
    private static final Inline.Visitor<Boolean> INLINE = new Inline.Visitor<>() {
        @Override
        public Boolean visitText(Inline.Text text) {
            return isBlank(text.text());
        }

        @Override
        public Boolean visitEmphasis(Inline.Emphasis emphasis) {
            return isBlank(emphasis.content());
        }

        @Override
        public Boolean visitStrong(Inline.Strong strong) {
            return isBlank(strong.content());
        }

        @Override
        public Boolean visitCode(Inline.Code code) {
            return isBlank(code.code());
        }

        @Override
        public Boolean visitLink(Inline.Link link) {
            return isBlank(link.content());
        }

        @Override
        public Boolean visitLineBreak(Inline.LineBreak lineBreak) {
            return true;
        }
    };

    private Blank() {}

    /**
     * Whether {@code text} holds nothing but whitespace, counting both {@link Character#isWhitespace} and
     * {@link Character#isSpaceChar} (so a run of no-break spaces is blank, unlike for {@code String.isBlank}).
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Whether rich text is blank by its {@linkplain PlainText plain text}, so that markup around nothing is still
     * blank. Judged inline by inline without building the text: that agrees with judging the joined text, as a
     * code point split between two inlines leaves unpaired surrogates, which are not blank, and no supplementary
     * code point is blank either.
     */
    public static boolean isBlank(RichText text) {
        for (Inline inline : text.inlines()) {
            if (!inline.accept(INLINE)) {
                return false;
            }
        }
        return true;
    }
}
