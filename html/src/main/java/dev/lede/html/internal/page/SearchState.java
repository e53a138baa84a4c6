package dev.lede.html.internal.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the parts of one content search share: the page, the tuning, the measures and the report, and what the
 * parts have found so far (the prose weights, the guarded elements, the rails, what is kept). Each part reads
 * what the steps before it wrote, in the order {@link ContentFinder#find} runs them. The sets compare elements
 * by identity; none holds null. Not thread-safe: one per search.
 */
final class SearchState {
    /** The page's frame: never chrome, never a root's sibling. */
    static final Set<String> STRUCTURAL = Set.of("html", "body", "main");

    final Document document;
    final FinderOptions options;
    // Each element's prose, chrome signal and text, worked out once: the search asks for them many times, and
    // nothing changes the page between the last drop of hidden parts and the content's removal.
    final PageMeasures measures;
    /** What is left out, each region with its reason; in page order. */
    final ChromeReport report;
    /** Each element's prose outside chrome ({@link ProseWeights}); an element without any is missing. */
    final Map<Element, Double> weights = new IdentityHashMap<>();
    /** The elements no class name can make chrome ({@link ProseWeights}). */
    final Set<Element> guarded = newSet();
    /** Rails of linked headlines ({@link HeadlineRails}): chrome, though their teasers read as prose. */
    final Set<Element> rails = newSet();
    final Set<Element> kept = newSet();
    /** The ancestors of what is kept. */
    final Set<Element> holdsKept = newSet();
    /** What the keep selectors match, in document order (a list, so that the order is stable). */
    final List<Element> forced = new ArrayList<>();

    SearchState(Document document, FinderOptions options) {
        this.document = document;
        this.options = options;
        this.measures = new PageMeasures(options);
        this.report = new ChromeReport(measures);
    }

    /** A set of elements compared by identity. */
    static Set<Element> newSet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** The prose the element holds outside chrome; zero before the weighing. */
    double weight(Element element) {
        return weights.getOrDefault(element, 0.0);
    }

    /** Whether the element is a rail, or chrome by its markup or label and neither guarded nor the frame. */
    boolean isChrome(Element element) {
        return rails.contains(element) || !STRUCTURAL.contains(element.normalName()) && !guarded.contains(element)
                && measures.chrome(element).isPresent();
    }

    /** Whether the element or one of its ancestors is chrome. */
    boolean insideChrome(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (isChrome(e)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the element in the article, and marks its ancestors as holding what is kept. */
    void keep(Element element) {
        kept.add(element);
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (!holdsKept.add(e)) {
                break;
            }
        }
    }
}
