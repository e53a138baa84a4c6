package dev.lede.html.internal.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds rails of linked headlines: "Latest", "More from", "Most popular" boxes and teaser streams, written as a
 * group of items each holding one heading that is mostly a link (the headline) and at most a teaser line, a
 * byline or a picture besides. A group may hold small fillers (its label, a "more" link, an ad) and groups of
 * its own (rows of a grid). The article's own headings are not linked, or stand between paragraphs rather than
 * inside items of their own, so an article's text never reads as a rail. Stateless and thread-safe.
 */
final class HeadlineRails {
    private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final int FAILS = -1;

    private final FinderOptions options;
    private final Map<Element, Integer> headlines = new IdentityHashMap<>();
    private final Set<Element> headlineElements = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Each element's words when it is a group of items, {@value #FAILS} when it is not. */
    private final Map<Element, Integer> groups = new IdentityHashMap<>();

    private HeadlineRails(FinderOptions options) {
        this.options = options;
    }

    /**
     * The outermost rails under the root, in document order. Each element is looked at a bounded number of
     * times, so the work is linear in the page's size.
     *
     * @param root the part of the page to search
     * @param options the rails' thresholds
     * @return the rails, none inside another
     */
    static List<Element> find(Element root, FinderOptions options) {
        return new HeadlineRails(options).search(root);
    }

    private List<Element> search(Element root) {
        Set<Element> enclosingLinks = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element heading : root.select(HEADINGS)) {
            Element link = heading.closest(LINK);
            if (link == null && heading.selectFirst(LINK) == null) {
                continue; // most headings: the article's own, read no further
            }
            String text = Text.clean(heading.text());
            int words = Text.words(text);
            if (words == 0 || words > options.maxHeadlineWords()) {
                continue;
            }
            // A kicker and a headline inside one link are one story.
            if (link == null ? isMostlyLinked(heading, text) : enclosingLinks.add(link)) {
                headlineElements.add(heading);
                for (Element e = heading; e != null && e != root.parent(); e = e.parent()) {
                    headlines.merge(e, 1, Integer::sum);
                }
            }
        }
        List<Element> rails = new ArrayList<>();
        List<Element> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Element element = pending.remove(pending.size() - 1);
            if (count(element) < options.minRailItems()) {
                continue;
            }
            if (groupWords(element) != FAILS) {
                rails.add(element);
                continue;
            }
            List<Element> children = new ArrayList<>(element.children());
            Collections.reverse(children);
            pending.addAll(children);
        }
        return rails;
    }

    /** Whether at least half of the heading's text is the text of its links. */
    private static boolean isMostlyLinked(Element heading, String text) {
        int linked = 0;
        for (Element link : heading.select(LINK)) {
            linked += Text.clean(link.text()).length();
        }
        return linked * 2 >= text.length();
    }

    /**
     * The element's words, counted text node by text node, up to one past the limit: a large part of the page
     * that cannot be an item is not read to its end.
     */
    private static int wordsUpTo(Element element, int limit) {
        int[] words = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    words[0] += Text.words(text.getWholeText());
                }
                return words[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, element);
        return Math.min(words[0], limit + 1);
    }

    private int count(Element element) {
        return headlines.getOrDefault(element, 0);
    }

    /**
     * The words of the element when every child with text is an item (one headline and little else), a group
     * itself, or a small filler, and the fillers hold fewer words than the items; {@value #FAILS} otherwise.
     */
    private int groupWords(Element element) {
        Integer known = groups.get(element);
        if (known != null) {
            return known;
        }
        int items = 0;
        int fillers = 0;
        int result = FAILS;
        boolean fits = true;
        for (Element child : element.children()) {
            int count = count(child);
            if (count >= 2) {
                int words = groupWords(child);
                fits = words != FAILS;
                items += words;
            } else if (count == 1) {
                int words = wordsUpTo(child, options.maxRailItemWords());
                fits = !headlineElements.contains(child) && words <= options.maxRailItemWords();
                items += words;
            } else {
                int words = wordsUpTo(child, options.maxRailFillerWords());
                fits = words <= options.maxRailFillerWords() || Signals.byMarkup(child).isPresent();
                fillers += words;
            }
            if (!fits) {
                break;
            }
        }
        if (fits && fillers < items && element.textNodes().stream().allMatch(TextNode::isBlank)) {
            result = items + fillers;
        }
        groups.put(element, result);
        return result;
    }
}
