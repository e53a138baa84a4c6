package dev.lede.html.internal.page;

import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.PageImporter;
import dev.lede.html.internal.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The content finder's report of what it leaves out: each region of the page outside the article that holds
 * text, with why it is chrome (its markup, its label, a byline, mostly links, too little prose), and each part
 * it cleans out of the article, with a CSS-like path, its words and its opening words. Not thread-safe: one
 * per search.
 */
final class ChromeReport {
    private final PageMeasures measures;
    /** Paths of reported regions; one instance, so that many reported siblings cost linear time. */
    private final Paths paths = new Paths();
    private final List<PageDiagnostic> regions = new ArrayList<>();

    ChromeReport(PageMeasures measures) {
        this.measures = measures;
    }

    /** The regions reported so far, in the order reported. */
    List<PageDiagnostic> regions() {
        return regions;
    }

    /**
     * Reports every region of the page outside the article that holds text: the body's children, and the
     * children of each region that holds a kept part, down to the regions that hold none; each once, in page
     * order. A region of parts that say different things is split into its parts.
     */
    void regionsOutside(Element body, Set<Element> kept, Set<Element> holdsKept, Set<Element> rails) {
        List<Element> pending = new ArrayList<>(body.children());
        Collections.reverse(pending);
        while (!pending.isEmpty()) {
            Element element = pending.remove(pending.size() - 1);
            if (kept.contains(element)) {
                continue;
            }
            if (holdsKept.contains(element)) {
                List<Element> children = new ArrayList<>(element.children());
                Collections.reverse(children);
                pending.addAll(children);
                continue;
            }
            if (Text.hasWords(element)) {
                classify(element, pending, rails);
            }
        }
    }

    private void classify(Element region, List<Element> pending, Set<Element> rails) {
        if (rails.contains(region)) {
            add(region, Reason.RELATED, "headline rail");
            return;
        }
        Element element = collapse(region);
        Optional<Reason> own = Signals.byMarkup(element);
        if (own.isPresent()) {
            add(element, refine(element, own.get()), own.get() == Reason.HIDDEN ? "hidden by the page"
                    : "page chrome");
            return;
        }
        List<Element> parts = textChildren(element);
        Optional<Reason> label = measures.label(element);
        if (parts.size() >= 2 && element.textNodes().stream().allMatch(TextNode::isBlank)) {
            boolean split = false;
            for (Element part : parts) {
                Optional<Reason> partSignal = measures.chrome(collapse(part));
                if (partSignal.isPresent() && !partSignal.equals(label)) {
                    split = true;
                }
            }
            if (split) {
                List<Element> children = new ArrayList<>(parts);
                Collections.reverse(children);
                pending.addAll(children);
                return;
            }
        }
        if (label.isPresent()) {
            add(element, label.get(), "page chrome");
        } else if (Signals.isByline(element)) {
            add(element, Reason.BYLINE, "read into the metadata");
        } else if (measures.linkDensity(element) >= 0.5) {
            add(element, Reason.LINK_LIST, "mostly links");
        } else {
            add(element, Reason.LOW_TEXT_DENSITY, "outside the article's text");
        }
    }

    /** Goes down through wrappers that hold a single part with text and say nothing of themselves. */
    private Element collapse(Element element) {
        Element current = element;
        while (Signals.byMarkup(current).isEmpty() && current.textNodes().stream().allMatch(TextNode::isBlank)) {
            List<Element> parts = textChildren(current);
            if (parts.size() != 1 || measures.label(current).isPresent() && parts.get(0).children().isEmpty()) {
                break;
            }
            current = parts.get(0);
        }
        return current;
    }

    private Reason refine(Element element, Reason reason) {
        Optional<Reason> label = measures.label(element);
        if ((Signals.GENERAL.contains(reason) || reason == Reason.NAVIGATION) && label.isPresent()
                && label.get() != Reason.NAVIGATION) {
            return label.get();
        }
        if (!Signals.GENERAL.contains(reason)) {
            return reason;
        }
        List<Element> parts = textChildren(element);
        if (parts.size() == 1) {
            Optional<Reason> inner = Signals.byMarkup(collapse(parts.get(0)));
            if (inner.isPresent() && !Signals.GENERAL.contains(inner.get())) {
                return inner.get();
            }
        }
        return reason;
    }

    private List<Element> textChildren(Element element) {
        List<Element> parts = new ArrayList<>();
        for (Element child : element.children()) {
            if (Text.hasWords(child)) {
                parts.add(child);
            }
        }
        return parts;
    }

    /**
     * Reports a region, when it holds a word, with its reason, path, words and opening words. Past the first
     * {@value PageImporter#MAX_DIAGNOSTICS} regions only the reason and words are kept: the importer lists no more
     * than that many diagnostics and counts the rest by reason and words, so the path and label of a page's
     * millionth hidden span would be worked out for nothing.
     */
    void add(Element element, Reason reason, String why) {
        int words = measures.words(element);
        if (words == 0) {
            return;
        }
        if (regions.size() >= PageImporter.MAX_DIAGNOSTICS) {
            regions.add(new PageDiagnostic(reason, "", words, why));
            return;
        }
        String label = measures.openingText(element).orElse("");
        regions.add(new PageDiagnostic(reason, paths.path(element), words, why + ": \"" + label + "\""));
    }
}
