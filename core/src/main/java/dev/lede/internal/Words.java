package dev.lede.internal;

/**
 * What counts as a word, shared by word counts and section-id slugs: a run of letters, combining marks and
 * numbers, in any script; an apostrophe between two such characters ("Alaska’s", "don't") belongs to the
 * word. Not part of the API.
 */
public final class Words {
    private Words() {}

    /** Whether {@code codePoint} is a letter, a combining mark or a number. */
    public static boolean isWordChar(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Whether the character at {@code index} is an apostrophe standing between two word characters. */
    public static boolean isInnerApostrophe(CharSequence text, int index) {
        char c = text.charAt(index);
        if (c != '\'' && c != '\u2019' && c != '\u02BC') {
            return false;
        }
        return index > 0 && index + 1 < text.length()
                && isWordChar(Character.codePointBefore(text, index))
                && isWordChar(Character.codePointAt(text, index + 1));
    }

    /** The number of words in {@code text}. */
    public static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            boolean wordChar = isWordChar(cp) || (inWord && isInnerApostrophe(text, i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return words;
    }
}
