package dev.lede.diff;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How a value is written in a {@link Difference}: strings quoted with Java's escapes and cut to a window around
 * the first character where the two sides differ, so that a difference costs a few dozen characters however
 * long the text.
 */
final class Values {
    /** An absent optional value, or a missing list element. */
    static final String NONE = "(none)";

    /** The most characters of a value shown (escapes counted as written), besides its quotes and cut marks. */
    static final int WIDTH = 60;

    /** The most characters shown before the first difference when a value is cut. */
    static final int CONTEXT = 20;

    /** The most characters of text in a part's description ({@code Paragraph "Two leaders, a…"}). */
    static final int BRIEF = 30;

    private static final String CUT = "…";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static final Pattern VARIATION_SELECTORS =
            Pattern.compile("[\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]");

    private enum Mode {
        /** Quoted, with Java's escapes for what cannot be seen. */
        QUOTED,
        /** Quoted, every character outside printable ASCII escaped. */
        ASCII,
        /** Already written: cut only. */
        RAW
    }

    private Values() {}

    /** Both strings quoted, each cut around the first character where they differ. */
    static String[] pair(String expected, String actual) {
        int at = firstDifference(expected, actual);
        String[] shown = {cut(expected, at, WIDTH, Mode.QUOTED), cut(actual, at, WIDTH, Mode.QUOTED)};
        if (lookAlike(shown[0], shown[1])) {
            shown = new String[] {cut(expected, at, WIDTH, Mode.ASCII), cut(actual, at, WIDTH, Mode.ASCII)};
        }
        return shown;
    }

    /** Two values already written out (a rich text's marked-up form), each cut around their first difference. */
    static String[] written(String expected, String actual) {
        int at = firstDifference(expected, actual);
        return new String[] {cut(expected, at, WIDTH, Mode.RAW), cut(actual, at, WIDTH, Mode.RAW)};
    }

    /** A string shown on its own, quoted, cut after {@link #WIDTH} characters. */
    static String quoted(String value) {
        return cut(value, 0, WIDTH, Mode.QUOTED);
    }

    /** A string within a description, quoted, cut after {@link #BRIEF} characters. */
    static String brief(String value) {
        return cut(value, 0, BRIEF, Mode.QUOTED);
    }

    /**
     * Whether two differing values would read the same to a person: equal once Unicode-normalised (NFKC) and
     * without variation selectors, as "café" with a combining accent and "café" precomposed are.
     */
    static boolean lookAlike(String expected, String actual) {
        if (ascii(expected) && ascii(actual)) {
            return expected.equals(actual);
        }
        return visible(expected).equals(visible(actual));
    }

    private static boolean ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Appends one code point quoted as {@link Mode#QUOTED} does, or with every non-ASCII character escaped. */
    static void escape(StringBuilder out, int codePoint, boolean ascii) {
        char simple = simpleEscape(codePoint);
        if (simple != 0) {
            out.append('\\').append(simple);
        } else if (unicodeEscape(codePoint, ascii)) {
            for (char unit : Character.toChars(codePoint)) {
                out.append("\\u").append(HEX[unit >> 12]).append(HEX[(unit >> 8) & 0xF])
                        .append(HEX[(unit >> 4) & 0xF]).append(HEX[unit & 0xF]);
            }
        } else {
            out.appendCodePoint(codePoint);
        }
    }

    /** How many characters {@link #escape} writes for the code point. */
    private static int escapedLength(int codePoint, boolean ascii) {
        if (simpleEscape(codePoint) != 0) {
            return 2;
        }
        return Character.charCount(codePoint) * (unicodeEscape(codePoint, ascii) ? 6 : 1);
    }

    /** The letter after the backslash of Java's two-character escapes, or 0 for a code point without one. */
    private static char simpleEscape(int codePoint) {
        switch (codePoint) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '\n':
                return 'n';
            case '\r':
                return 'r';
            case '\t':
                return 't';
            case '\b':
                return 'b';
            case '\f':
                return 'f';
            default:
                return 0;
        }
    }

    private static boolean unicodeEscape(int codePoint, boolean ascii) {
        return ascii ? codePoint < 0x20 || codePoint > 0x7E : hidden(codePoint);
    }

    /**
     * Characters that cannot be told apart on screen: controls, format characters, separators other than the
     * space, lone surrogates and unassigned code points.
     */
    private static boolean hidden(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return true;
            case Character.SPACE_SEPARATOR:
                return codePoint != ' ';
            default:
                return false;
        }
    }

    /** The index of the first UTF-16 unit that differs, moved back to the start of its code point. */
    private static int firstDifference(String expected, String actual) {
        int length = Math.min(expected.length(), actual.length());
        int at = 0;
        while (at < length && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        if (at > 0 && Character.isHighSurrogate(expected.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /**
     * The value whole when it fits in {@code width} written characters; otherwise a window from up to
     * {@link #CONTEXT} characters before {@code at} to {@code width} characters on, always reaching past
     * {@code at}, with a cut mark at each end that was cut.
     */
    private static String cut(String value, int at, int width, Mode mode) {
        int start = 0;
        if (!fits(value, width, mode)) {
            start = at;
            int before = 0;
            while (start > 0) {
                int codePoint = Character.codePointBefore(value, start);
                int written = written(codePoint, mode);
                if (before + written > CONTEXT) {
                    break;
                }
                before += written;
                start -= Character.charCount(codePoint);
            }
            if (mode == Mode.RAW) {
                start = unitStart(value, start);
            }
        }
        boolean quote = mode != Mode.RAW;
        StringBuilder out = new StringBuilder(width + 8);
        if (quote) {
            out.append('"');
        }
        if (start > 0) {
            out.append(CUT);
        }
        int shownFrom = out.length();
        int i = start;
        while (i < value.length() && (out.length() - shownFrom < width || i <= at)) {
            if (mode == Mode.RAW) {
                int length = unitLength(value, i);
                out.append(value, i, i + length);
                i += length;
            } else {
                int codePoint = value.codePointAt(i);
                escape(out, codePoint, mode == Mode.ASCII);
                i += Character.charCount(codePoint);
            }
        }
        if (i < value.length()) {
            out.append(CUT);
        }
        if (quote) {
            out.append('"');
        }
        return out.toString();
    }

    private static boolean fits(String value, int width, Mode mode) {
        if (value.length() > width) {
            return false;
        }
        int written = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            written += written(codePoint, mode);
            i += Character.charCount(codePoint);
        }
        return written <= width;
    }

    private static int written(int codePoint, Mode mode) {
        return mode == Mode.RAW ? Character.charCount(codePoint) : escapedLength(codePoint, mode == Mode.ASCII);
    }

    /**
     * Where the unit of written text holding {@code index} starts, a unit being an escape (a backslash and a
     * letter, or a backslash, {@code u} and four hex digits) or one code point, so that a cut never splits an
     * escape. Written text holds a backslash only as the start of an escape.
     */
    private static int unitStart(String written, int index) {
        int i = 0;
        while (i < index) {
            int length = unitLength(written, i);
            if (i + length > index) {
                return i;
            }
            i += length;
        }
        return index;
    }

    private static int unitLength(String written, int index) {
        if (written.charAt(index) == '\\' && index + 1 < written.length()) {
            return written.charAt(index + 1) == 'u' ? Math.min(6, written.length() - index) : 2;
        }
        return Character.charCount(written.codePointAt(index));
    }

    private static String visible(String value) {
        return VARIATION_SELECTORS.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll("");
    }
}
