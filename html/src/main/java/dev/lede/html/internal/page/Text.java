package dev.lede.html.internal.page;

import dev.lede.html.internal.InputText;
import dev.lede.internal.Words;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Small text helpers shared by the page importer. Stateless and thread-safe. */
final class Text {
    /** The longest text {@link #holds} looks inside. */
    private static final int MAX_HELD_IN = 1_000;

    private Text() {}

    /**
     * Removes what HTML cannot carry (a character reference can still put U+FFFF into the DOM), collapses runs
     * of ASCII whitespace to one space and trims, as a browser shows text; keeps no-break spaces.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (InputText.isWhitespace(c)) {
                pendingSpace = true;
            } else if (InputText.isKept(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * Decodes HTML character references ({@code &quot;}, {@code &#8216;}, {@code &uuml;}) in a string that was
     * not parsed as HTML, such as JSON-LD, or that a page encoded twice, such as a meta tag's content; then
     * cleans it.
     */
    static String decode(String text) {
        return clean(text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false));
    }

    /**
     * The element's text as {@code Element.text()} spaces it, cleaned, reading at most {@code max + 1}
     * characters: a caller that wants a short text learns that the element's is longer without reading it all.
     */
    static String upTo(Element element, int max) {
        String clean = clean(spacedUntil(element, text -> text.length() > max));
        return clean.length() > max ? clean.substring(0, max + 1) : clean;
    }

    /**
     * The element's text, spaced as {@code Element.text()} spaces it but not cleaned, read only until
     * {@code enough} holds for what has been read: a long block costs no more than the text asked of it.
     */
    static String spacedUntil(Element element, Predicate<CharSequence> enough) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode part) {
                    text.append(part.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    text.append(' ');
                }
                return enough.test(text) ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    text.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return text.toString();
    }

    /**
     * Whether {@code text} holds {@code part}, asked only when the text is at most {@value #MAX_HELD_IN} characters
     * long: {@code contains} costs the product of the lengths, and the texts compared (titles and other metadata
     * strings) are short unless a page is hostile.
     */
    static boolean holds(String text, String part) {
        return text.length() <= MAX_HELD_IN && text.contains(part);
    }

    /**
     * Whether the element's text holds a word, as {@link #words} counts them. It reads up to the first: asked of
     * every region of a page, it costs no more than the regions' first words.
     */
    static boolean hasWords(Element element) {
        return element.nodeStream(TextNode.class)
                .anyMatch(text -> text.getWholeText().codePoints().anyMatch(Words::isWordChar));
    }

    /** Counts words as {@code Article.wordCount} does: runs of letters, marks and digits. */
    static int words(String text) {
        return Words.count(text);
    }
}
