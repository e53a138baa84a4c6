package dev.lede.html.internal.page;

import dev.lede.html.PageDiagnostic.Reason;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What the content finder measures of the elements of one page, each worked out once, for the search asks the
 * same of an element many times: its prose, its chrome signal (markup, then label), its label, its opening
 * words, its text's words and characters and its link density. The measures hold while the measured elements
 * do not change. Not thread-safe: one per search.
 */
final class PageMeasures {
    /** The elements whose own text can be prose: paragraphs, and the blocks that hold text directly. */
    static final Set<String> PROSE_TAGS = Set.of("p", "pre", "blockquote", "li", "td", "dd", "div",
            "section", "article", "main", "center");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？](?:\\s|$|[\"”’)])");

    private final FinderOptions options;
    private final Map<Element, Double> proseOf = new IdentityHashMap<>();
    private final Map<Element, Optional<Reason>> labelOf = new IdentityHashMap<>();
    private final Signals.Labels labels = new Signals.Labels();
    private final Map<Element, Optional<Reason>> chromeOf = new IdentityHashMap<>();
    /** The report and the cleaning ask the text of the same elements, and of each link once per container. */
    private final Map<Element, TextSize> textSizes = new IdentityHashMap<>();

    /** Measures by the options' prose thresholds. */
    PageMeasures(FinderOptions options) {
        this.options = options;
    }

    /** The non-link characters of the element's own text, when it reads as prose; zero otherwise. */
    double prose(Element element) {
        return proseOf.computeIfAbsent(element, this::measureProse);
    }

    /** What the element's label (its ARIA label or opening words) says it is, as {@link Signals#byLabel}. */
    Optional<Reason> label(Element element) {
        return labelOf.computeIfAbsent(element, labels::reason);
    }

    /** As {@link Signals#chrome}, by markup first, then by label. */
    Optional<Reason> chrome(Element element) {
        return chromeOf.computeIfAbsent(element, e -> Signals.byMarkup(e).or(() -> label(e)));
    }

    /** As {@link Signals#openingText}. */
    Optional<String> openingText(Element element) {
        return labels.openingText(element);
    }

    /** The words of the element's text, as {@link Text#words} counts them. */
    int words(Element element) {
        return textSize(element).words();
    }

    /** The share of the element's text, once cleaned, that is the text of its links. */
    double linkDensity(Element element) {
        int text = textSize(element).characters();
        if (text == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : element.getElementsByTag("a")) {
            links += textSize(link).characters();
        }
        return (double) links / text;
    }

    /** Whether the element ends a run of text: a block, or an element whose own text can be prose. */
    static boolean isBlock(Element element) {
        return element.isBlock() || PROSE_TAGS.contains(element.normalName());
    }

    private TextSize textSize(Element element) {
        return textSizes.computeIfAbsent(element, e -> {
            String text = e.text();
            return new TextSize(Text.words(text), Text.clean(text).length());
        });
    }

    /** The words of an element's text, and its characters once cleaned. */
    private record TextSize(int words, int characters) {}

    private double measureProse(Element element) {
        String text = ownText(element);
        if (text.length() < options.minProseChars()) {
            return 0;
        }
        int links = 0;
        // A link inside a block child belongs to that block's text: only inline children are searched.
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!isBlock(child)) {
                for (Element link : child.getElementsByTag("a")) {
                    if (ownBlock(link) == element) {
                        links += Text.clean(link.text()).length();
                    }
                }
            }
        }
        double density = (double) links / text.length();
        if (density >= 0.5) {
            return 0;
        }
        boolean sentence = SENTENCE_END.matcher(text).find();
        int enough = element.nameIs("li") ? options.longItemChars() : options.longProseChars();
        return sentence || text.length() >= enough ? text.length() - links : 0;
    }

    /** The text of the element outside its own block descendants, so no character is counted twice. */
    private static String ownText(Element element) {
        StringBuilder out = new StringBuilder();
        // Over the child nodes as they stand: textNodes() and children() would copy them for every element.
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                out.append(text.text()).append(' ');
            }
        }
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!isBlock(child)) {
                out.append(child.text()).append(' ');
            }
        }
        return Text.clean(out.toString());
    }

    private static Element ownBlock(Element element) {
        Element e = element.parent();
        while (e != null && !isBlock(e)) {
            e = e.parent();
        }
        return e;
    }
}
