package dev.lede.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of how {@link Values} writes and cuts a value, which whole-article diffs reach only by chance: the
 * width limit itself, escapes counted as written, surrogate pairs at the first difference, and written text whose
 * escapes start or end the text.
 */
class ValuesTest {
    private static final String CUT = "…";

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "a|a|true",
        "a|b|false",
        "cafe|café|false",
        "ﬁnance|finance|true",
        "finance|ﬁnance|true",
        "café|cafe\u0301|true",
        "cafe\u0301|café|true",
        "❄|❄\uFE0F|true",
        "❄\uFE0F|❄|true"})
    void lookAlikeIsEqualityAfterNormalisingWhicheverSideIsNotAscii(String expected, String actual, boolean alike) {
        assertThat(Values.lookAlike(expected, actual)).isEqualTo(alike);
    }

    /**
     * In ASCII mode exactly the printable ASCII characters, space to tilde, are written as they are; otherwise
     * only what cannot be seen is escaped.
     */
    @ParameterizedTest(name = "U+{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "1F|\\u001F|\\u001F",
        "20|' '|' '",
        "21|!|!",
        "22|\\\"|\\\"",
        "5C|\\\\|\\\\",
        "7E|~|~",
        "7F|\\u007F|\\u007F",
        "A0|\\u00A0|\\u00A0",
        "E9|\\u00E9|é",
        "200B|\\u200B|\\u200B",
        "1F600|\\uD83D\\uDE00|\uD83D\uDE00"})
    void escapeInAsciiAndQuotedModes(String hex, String ascii, String quoted) {
        int codePoint = Integer.parseInt(hex, 16);
        assertThat(escaped(codePoint, true)).isEqualTo(ascii);
        assertThat(escaped(codePoint, false)).isEqualTo(quoted);
    }

    /** A value exactly {@link Values#WIDTH} long is shown whole; one more character and it is cut. */
    @Test
    void aValueOfExactlyTheWidthIsNotCut() {
        String a59 = "a".repeat(59);

        assertThat(Values.pair(a59 + "x", a59 + "y")).containsExactly("\"" + a59 + "x\"", "\"" + a59 + "y\"");
        assertThat(Values.pair("a" + a59 + "x", "a" + a59 + "y"))
                .containsExactly("\"" + CUT + "a".repeat(20) + "x\"", "\"" + CUT + "a".repeat(20) + "y\"");
    }

    /** Escapes count as written: 30 newlines and two letters are 62 characters, 29 and two exactly 60. */
    @Test
    void escapesCountAsWrittenAgainstTheWidth() {
        String n29 = "\n".repeat(29);
        assertThat(Values.pair(n29 + "xx", n29 + "xy"))
                .containsExactly("\"" + "\\n".repeat(29) + "xx\"", "\"" + "\\n".repeat(29) + "xy\"");

        String n30 = "\n".repeat(30);
        assertThat(Values.pair(n30 + "xx", n30 + "xy")).containsExactly(
                "\"" + CUT + "\\n".repeat(9) + "xx\"", "\"" + CUT + "\\n".repeat(9) + "xy\"");

        String n40 = "\n".repeat(40);
        assertThat(Values.pair(n40 + "x", n40 + "y"))
                .containsExactly("\"" + CUT + "\\n".repeat(10) + "x\"", "\"" + CUT + "\\n".repeat(10) + "y\"");
    }

    /**
     * When two values differ in the low surrogate of a pair, the window starts from the pair, not inside it: 20
     * letters before it, then the pair counted as two characters, then 38 letters.
     */
    @Test
    void aDifferenceInsideASurrogatePairIsShownFromThePair() {
        String a = "a".repeat(100);
        String b = "b".repeat(100);

        assertThat(Values.pair(a + "👍" + b, a + "👎" + b)).containsExactly(
                "\"" + CUT + "a".repeat(20) + "👍" + "b".repeat(38) + CUT + "\"",
                "\"" + CUT + "a".repeat(20) + "👎" + "b".repeat(38) + CUT + "\"");
        assertThat(Values.pair("👍", "👎")).containsExactly("\"👍\"", "\"👎\"");
    }

    /**
     * Values that look alike are written in ASCII, where every escape counts six characters against the width:
     * 31 accented letters no longer fit, and the window starts three escapes (18 characters) before the
     * difference.
     */
    @Test
    void valuesThatLookAlikeAreCutCountingTheirAsciiEscapes() {
        String e30 = "é".repeat(30);

        assertThat(Values.pair(e30 + "é", e30 + "e\u0301")).containsExactly(
                "\"" + CUT + "\\u00E9".repeat(4) + "\"", "\"" + CUT + "\\u00E9".repeat(3) + "e\\u0301\"");
    }

    /** Written text is cut at whole escapes, also when the text starts with one. */
    @Test
    void writtenTextStartingWithAnEscapeIsCutAtWholeEscapes() {
        String escapes = "\\u200B".repeat(20);

        assertThat(Values.written(escapes + "x", escapes + "y")).containsExactly(
                CUT + "\\u200B".repeat(4) + "x", CUT + "\\u200B".repeat(4) + "y");
    }

    /**
     * Written text holds a backslash only at the start of a whole escape; should one end the text, or an escape
     * be cut short at its end, it is shown as it is rather than read past the end.
     */
    @Test
    void writtenTextEndingInsideAnEscapeIsShownAsItIs() {
        String a = "a".repeat(70);

        assertThat(Values.written(a + "\\", a + "b"))
                .containsExactly(CUT + "a".repeat(20) + "\\", CUT + "a".repeat(20) + "b");
        assertThat(Values.written(a + "\\u20", a + "b"))
                .containsExactly(CUT + "a".repeat(20) + "\\u20", CUT + "a".repeat(20) + "b");
    }

    private static String escaped(int codePoint, boolean ascii) {
        StringBuilder out = new StringBuilder();
        Values.escape(out, codePoint, ascii);
        return out.toString();
    }
}
