package dev.lede.html.internal;

import dev.lede.internal.Surrogates;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Prepares input for the HTML parser as a browser's input stream does: CR LF and lone CR become LF, and
 * characters HTML cannot carry (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF) are removed. The
 * removal also keeps jsoup 1.24.1 from cutting off all text after a character reference followed by U+FFFF.
 * After parsing, a lone surrogate becomes U+FFFD, as a browser decodes it.
 */
public final class InputText {
    private InputText() {}

    /**
     * Parses {@code html} after {@link #clean}ing it, then replaces every lone surrogate in the document's text,
     * data, comments and attribute values with U+FFFD: one can come from a Java string or from a character
     * reference such as {@code &#xD800;}, which jsoup 1.24.1 decodes as written where HTML decodes U+FFFD.
     * Nothing downstream (the model, the JSON writer, a file) can carry it.
     */
    public static Document parse(String html, String base) {
        Prepared input = prepare(html);
        Document document = Parser.htmlParser().parseInput(input.text(), base);
        if (mayHoldLoneSurrogates(input)) {
            replaceLoneSurrogates(document);
        }
        return document;
    }

    /**
     * The input {@link #clean}ed, and whether it holds a lone surrogate: found in the cleaning pass, which with
     * a search for character references spares most pages the walk over the parsed document.
     */
    record Prepared(String text, boolean loneSurrogate) {}

    /**
     * Whether parsing the input can give a lone surrogate: it holds one, or a numeric character reference in the
     * surrogate range.
     */
    static boolean mayHoldLoneSurrogates(Prepared input) {
        return input.loneSurrogate() || holdsSurrogateReference(input.text());
    }

    private static boolean holdsSurrogateReference(String html) {
        for (int amp = html.indexOf("&#"); amp >= 0; amp = html.indexOf("&#", amp + 2)) {
            if (isSurrogateReference(html, amp + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a numeric character reference starts at {@code start} (after its '&') and names a surrogate. */
    private static boolean isSurrogateReference(String html, int start) {
        if (start >= html.length() || html.charAt(start) != '#') {
            return false;
        }
        int i = start + 1;
        boolean hex = i < html.length() && (html.charAt(i) == 'x' || html.charAt(i) == 'X');
        int radix = hex ? 16 : 10;
        i += hex ? 1 : 0;
        while (i < html.length() && html.charAt(i) == '0') {
            i++; // leading zeros, as many as a page likes, name the same number
        }
        long value = 0;
        for (int digits = 0; i < html.length() && digits < 8; i++, digits++) {
            int digit = Character.digit(html.charAt(i), radix);
            if (digit < 0) {
                break;
            }
            value = value * radix + digit;
        }
        return value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE;
    }

    private static void replaceLoneSurrogates(Document document) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && Surrogates.hasLone(text.getWholeText())) {
                text.text(Surrogates.replaceLone(text.getWholeText()));
            } else if (node instanceof DataNode data && Surrogates.hasLone(data.getWholeData())) {
                data.setWholeData(Surrogates.replaceLone(data.getWholeData()));
            } else if (node instanceof Comment comment && Surrogates.hasLone(comment.getData())) {
                comment.setData(Surrogates.replaceLone(comment.getData()));
            } else if (node instanceof Element element && element.attributesSize() > 0) {
                for (Attribute attribute : element.attributes()) {
                    if (Surrogates.hasLone(attribute.getValue())) {
                        attribute.setValue(Surrogates.replaceLone(attribute.getValue()));
                    }
                }
            }
        }, document);
    }

    /** The input as the parser gets it: line ends made LF, characters HTML cannot carry removed. */
    public static String clean(String html) {
        return prepare(html).text();
    }

    static Prepared prepare(String html) {
        // One array read, not charAt: a page is read here once in full, and a loop over an array keeps no
        // bounds check per character.
        char[] chars = html.toCharArray();
        int length = chars.length;
        boolean lone = false;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            if (!isKept(c) || c == '\r') {
                break;
            }
            if (Character.isSurrogate(c)) {
                if (Surrogates.isPairAt(chars, i)) {
                    i++;
                } else {
                    lone = true;
                }
            }
            i++;
        }
        if (i == length) {
            return new Prepared(html, lone);
        }
        StringBuilder out = new StringBuilder(length);
        out.append(chars, 0, i);
        for (; i < length; i++) {
            char c = chars[i];
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < length && chars[i + 1] == '\n') {
                    i++;
                }
            } else if (isKept(c)) {
                out.append(c);
                if (Character.isSurrogate(c)) {
                    if (Surrogates.isPairAt(chars, i)) {
                        out.append(chars[++i]);
                    } else {
                        lone = true;
                    }
                }
            }
        }
        return new Prepared(out.toString(), lone);
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
