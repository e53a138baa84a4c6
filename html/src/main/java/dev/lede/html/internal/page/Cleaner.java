package dev.lede.html.internal.page;

import dev.lede.html.PageDiagnostic.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes from the page what is not the article, reporting each part that held words: before the search, what
 * the drop selectors match and what the page hides; after it, chrome, bylines, link lists and rails inside the
 * roots. Not thread-safe: one per search.
 */
final class Cleaner {
    // Queries asked of many elements are parsed once: jsoup parses a query string on every call.
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator FIGURE_PART = QueryParser.parse("figure, figcaption");
    private static final Evaluator CONTENT_BLOCK = QueryParser.parse("h1, h2, h3, h4, h5, h6, img, picture, figure, "
            + "ul, ol, table, pre, blockquote");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "aside", "ul", "ol", "nav", "footer",
            "form", "header", "dl", "table", "figure");
    private static final Set<String> INLINE_CONTEXTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td",
            "th", "pre", "code", "blockquote", "figcaption", "table");

    private final SearchState state;

    Cleaner(SearchState state) {
        this.state = state;
    }

    /** Removes what the drop selectors match. */
    void dropBySelector() {
        for (String selector : state.options.dropSelectors()) {
            List<Element> matched = new ArrayList<>();
            for (Element element : state.document.body().select(selector)) {
                if (element.parent() != null) {
                    state.report.add(element, Reason.DROP_SELECTOR, "matched drop selector \"" + selector + "\"");
                    matched.add(element);
                }
            }
            Removals.removeAll(matched); // after the reports, as in dropHidden
        }
    }

    /** Removes what the page hides. */
    void dropHidden(Element body) {
        List<Element> hidden = new ArrayList<>();
        Set<Element> hiddenSet = SearchState.newSet();
        for (Element element : body.select("[hidden], [aria-hidden], [style]")) {
            if (Signals.isHidden(element) && !Trees.insideAny(element, hiddenSet)) {
                hidden.add(element);
                hiddenSet.add(element);
            }
        }
        // Every report before any removal: a removal makes jsoup re-index the siblings at the next walk, which
        // a report's text walk then pays for, once per hidden sibling.
        for (Element element : hidden) {
            state.report.add(element, Reason.HIDDEN, "hidden by the page");
        }
        Removals.removeAll(hidden);
    }

    /** Cleans each root, then removes what the cleaning found. */
    void cleanRoots(List<Element> roots, Element main) {
        Set<Element> cleaned = SearchState.newSet();
        for (Element root : roots) {
            clean(root, main, cleaned);
        }
        Removals.removeAll(cleaned);
    }

    /**
     * Finds chrome, bylines and link lists inside the root, reporting each. Short blocks before the first prose
     * (author boxes, read times, clap counts) count as post meta. Inline content (inside paragraphs, headings,
     * list items, tables, quotes and code) is the reader's business and left alone.
     */
    private void clean(Element root, Element main, Set<Element> removed) {
        double rootWeight = state.weight(main);
        List<Element> all = root.select("*");
        Element firstProse = null;
        // Where the article's own prose (prose that is not chrome, so not a rail's) begins and ends.
        int firstArticleProse = -1;
        int lastArticleProse = -1;
        for (int i = 0; i < all.size(); i++) {
            Element element = all.get(i);
            if (state.measures.prose(element) > 0) {
                firstProse = firstProse == null ? element : firstProse;
                if (state.rails.isEmpty()) {
                    break; // where the article's prose ends matters only to rails
                }
                if (state.weight(element) > 0) {
                    firstArticleProse = firstArticleProse < 0 ? i : firstArticleProse;
                    lastArticleProse = i;
                }
            }
        }
        boolean beforeProse = firstProse != null;
        for (int i = 0; i < all.size(); i++) {
            Element element = all.get(i);
            if (element == firstProse) {
                beforeProse = false;
            }
            if (element == root || state.kept.contains(element) || state.holdsKept.contains(element)
                    || Trees.insideAny(element, removed) || forcedWithin(element) || insideInline(element, root)) {
                continue;
            }
            if (state.weight(element) >= 0.5 * rootWeight && rootWeight > 0) {
                continue;
            }
            Optional<Reason> reason;
            if (state.rails.contains(element)) {
                // A rail amid the article's prose, with no label naming it a rail, is the article's own list.
                boolean amidProse = firstArticleProse >= 0 && firstArticleProse < i
                        && lastArticleProse >= i + element.getAllElements().size()
                        && state.measures.label(element).isEmpty();
                reason = amidProse ? Optional.empty() : Optional.of(Reason.RELATED);
            } else {
                reason = cleanReason(element);
            }
            if (reason.isEmpty() && beforeProse && isPostMeta(element, firstProse)) {
                reason = Optional.of(Reason.BYLINE);
            }
            if (reason.isPresent()) {
                if (Text.hasWords(element)) {
                    state.report.add(element, reason.get(), reason.get() == Reason.BYLINE ? "read into the metadata"
                            : "chrome inside the article");
                }
                removed.add(element);
            }
        }
    }

    private static boolean insideInline(Element element, Element root) {
        for (Element e = element.parent(); e != null && e != root; e = e.parent()) {
            if (INLINE_CONTEXTS.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private boolean isPostMeta(Element element, Element firstProse) {
        if (Trees.isAncestor(element, firstProse) || element.closest(FIGURE_PART) != null) {
            return false;
        }
        int words = state.measures.words(element);
        return words > 0 && words <= state.options.maxPostMetaWords()
                && element.selectFirst(CONTENT_BLOCK) == null
                && !Set.of("ul", "ol", "li").contains(element.normalName());
    }

    private boolean forcedWithin(Element element) {
        for (Element force : state.forced) {
            if (Trees.isAncestor(element, force)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Reason> cleanReason(Element element) {
        String name = element.normalName();
        if (name.equals("time")) {
            return Optional.of(Reason.BYLINE);
        }
        if (Signals.isByline(element)) {
            return Optional.of(Reason.BYLINE);
        }
        Optional<Reason> signal = state.guarded.contains(element) ? Optional.empty() : Signals.byMarkup(element);
        if (signal.isPresent() && signal.get() != Reason.SITE_HEADER) {
            return signal;
        }
        boolean container = CONTAINERS.contains(name);
        boolean shortBlock = Signals.headingLevel(element) == 0
                && state.measures.words(element) <= state.options.maxLabelWords();
        // The label is worked out only where it can decide: not for the paragraphs and headings of the prose.
        Optional<Reason> label = container || shortBlock ? state.measures.label(element) : Optional.empty();
        if (label.isPresent() && shortBlock) {
            return label;
        }
        if (container) {
            Optional<String> opening = state.measures.openingText(element);
            if (label.isPresent() && opening.isPresent() && opening.get().split(" ").length <= 6) {
                return label;
            }
            Elements links = element.select(LINK);
            // The density is asked only of an element with links: it reads the whole element's text.
            double density = links.size() < 2 ? 0 : state.measures.linkDensity(element);
            if ((links.size() >= 3 || links.size() == 2 && density >= 0.9)
                    && density >= state.options.linkListDensity() && !name.equals("table")) {
                return Optional.of(Reason.LINK_LIST);
            }
        }
        return Optional.empty();
    }
}
