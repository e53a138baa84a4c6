package dev.lede.html.internal;

/**
 * Writes text into HTML and JSON so that it reads back as written and cannot end the element or attribute it
 * stands in. Characters HTML cannot carry (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF) are left
 * out; CR is written as a character reference because the HTML parser would turn a literal one into LF.
 */
final class Escaping {
    private Escaping() {}

    static void text(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> appendCarried(out, c);
            }
        }
    }

    static void attribute(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> appendCarried(out, c);
            }
        }
    }

    /** A JSON string literal that is also safe inside a {@code <script>} element. */
    static void jsonString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                            || c == '\uFFFE' || c == '\uFFFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static boolean isCarried(char c) {
        return (c >= ' ' || c == '\t' || c == '\n' || c == '\r') && c != '\uFFFE' && c != '\uFFFF';
    }

    private static void appendCarried(StringBuilder out, char c) {
        if (isCarried(c)) {
            out.append(c);
        }
    }
}
