package dev.lede.html.internal;

import dev.lede.internal.Surrogates;
import org.jsoup.nodes.Attribute;
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
 * Then, in the parsed document, a lone surrogate (half of a UTF-16 pair), which no encoding can write and the
 * validator refuses ({@code text.lone-surrogate}), becomes U+FFFD, as a browser makes it of the bytes or of a
 * character reference such as {@code &#xD800;} ({@link #parse}).
 */
public final class InputText {
    private InputText() {}

    /**
     * Parses {@code html}, {@link #clean cleaned}, with jsoup, and replaces each lone surrogate in the document's
     * text, data and attribute values by U+FFFD: one pass over the document.
     */
    public static Document parse(String html, String baseUri) {
        Document document = Parser.htmlParser().parseInput(clean(html), baseUri);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && Surrogates.hasLone(text.getWholeText())) {
                text.text(Surrogates.replaceLone(text.getWholeText()));
            } else if (node instanceof DataNode data && Surrogates.hasLone(data.getWholeData())) {
                data.setWholeData(Surrogates.replaceLone(data.getWholeData()));
            } else if (node instanceof Element element) {
                for (Attribute attribute : element.attributes()) {
                    if (Surrogates.hasLone(attribute.getValue())) {
                        attribute.setValue(Surrogates.replaceLone(attribute.getValue()));
                    }
                }
            }
        }, document);
        return document;
    }

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
