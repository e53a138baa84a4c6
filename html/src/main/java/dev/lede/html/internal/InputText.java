package dev.lede.html.internal;

/**
 * Prepares input for the HTML parser as a browser's input stream does: CR LF and lone CR become LF, and
 * characters HTML cannot carry (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF) are removed. The
 * removal also keeps jsoup 1.24.1 from cutting off all text after a character reference followed by U+FFFF.
 */
public final class InputText {
    private InputText() {}

    public static String clean(String html) {
        int i = 0;
        while (i < html.length() && isKept(html.charAt(i)) && html.charAt(i) != '\r') {
            i++;
        }
        if (i == html.length()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        out.append(html, 0, i);
        for (; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < html.length() && html.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (isKept(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether HTML can carry {@code c}; the parser's input holds no other characters. */
    public static boolean isKept(char c) {
        return Escaping.isCarried(c);
    }

    /** Whether {@code c} is HTML's white space (ASCII space, tab, LF, FF, CR), which a browser collapses. */
    public static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
