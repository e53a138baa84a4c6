package dev.lede.html.internal.page;

import dev.lede.html.PageDiagnostic.Reason;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Weighs the prose of a page: marks the elements no class name can make chrome, finds the rails of linked
 * headlines, and weighs each element by the prose it holds outside chrome, into the search's state. Each step
 * is one pass over the page, however deep it is. Not thread-safe: one per search.
 */
final class ProseWeights {
    private static final Evaluator LANDMARKS = QueryParser.parse("h1, article, [itemprop=articleBody]");
    /** What a rail never holds: the article's title or its marked body. */
    private static final Evaluator ARTICLE_MARKS = QueryParser.parse("h1, [itemprop=articleBody]");

    private final SearchState state;

    ProseWeights(SearchState state) {
        this.state = state;
    }

    /**
     * Marks the guarded elements and the rails, then weighs the page. When nearly all prose is in rails, the
     * page is a list of stories: the rails are its content, and the page is weighed again without them.
     */
    void weigh(Element body) {
        markGuarded(body);
        findRails(body);
        weighOutsideChrome(body);
        if (!state.rails.isEmpty() && state.weight(body) < state.options.railContentShare() * railProse()) {
            state.rails.clear();
            state.weights.clear();
            weighOutsideChrome(body);
        }
    }

    /**
     * Marks the elements no class name can make chrome: those that hold the article's own landmarks, and those
     * that hold much of the page's prose (a Blogger post sits in a "widget", a Vox story in an
     * "l-sidebar-fixed" column, a manual's section in "#sharing-..."). Comments are never guarded: a lively
     * thread can hold more prose than the story.
     */
    private void markGuarded(Element body) {
        guardProseHolders(body);
        for (Element landmark : body.select(LANDMARKS)) {
            if (landmark.nameIs("article") && landmark.parents().stream().anyMatch(p -> p.nameIs("article"))) {
                continue;
            }
            for (Element e = landmark; e != null; e = e.parent()) {
                if (!state.guarded.add(e)) {
                    break;
                }
            }
        }
    }

    private void guardProseHolders(Element body) {
        Map<Element, Double> prose = new IdentityHashMap<>();
        double total = sumUp(body, body.select("*"), this::ownProse, prose);
        prose.forEach((element, held) -> {
            if (held >= state.options.guardedProseShare() * total
                    && state.measures.chrome(element).filter(reason -> reason == Reason.COMMENTS).isEmpty()) {
                state.guarded.add(element);
            }
        });
    }

    /** The page's rails of linked headlines, except those holding the article's own landmarks. */
    private void findRails(Element body) {
        for (Element rail : HeadlineRails.find(body, state.options)) {
            if (rail.selectFirst(ARTICLE_MARKS) == null) {
                state.rails.add(rail);
            }
        }
    }

    /** The prose of the rails' teasers. */
    private double railProse() {
        double prose = 0;
        for (Element rail : state.rails) {
            for (Element element : rail.select("*")) {
                prose += ownProse(element);
            }
        }
        return prose;
    }

    /**
     * Weighs each element by the prose it holds outside chrome: chrome is marked parents first (in page order),
     * then the prose is summed up children first.
     */
    private void weighOutsideChrome(Element body) {
        List<Element> all = body.select("*");
        Set<Element> chromeBelow = Collections.newSetFromMap(new IdentityHashMap<>(all.size()));
        for (Element element : all) {
            Element parent = element.parent();
            // A leaf without prose has neither prose nor anything below it to mark: its signals do not matter.
            boolean matters = element.firstElementChild() != null || ownProse(element) > 0;
            if (parent != null && chromeBelow.contains(parent) || matters && state.isChrome(element)) {
                chromeBelow.add(element);
            }
        }
        sumUp(body, all, e -> chromeBelow.contains(e) ? 0 : ownProse(e), state.weights);
    }

    /** The element's own prose when it is an element whose own text can be prose; zero otherwise. */
    private double ownProse(Element element) {
        return PageMeasures.PROSE_TAGS.contains(element.normalName()) ? state.measures.prose(element) : 0;
    }

    /**
     * Adds what each element holds of its own to it and to every ancestor up to the body, and the body's sum to
     * the body's ancestors; elements holding nothing are left out of the sums. Children come before parents
     * (the page order reversed), each adding what it holds to its parent once: one pass, where adding each
     * element's own to all its ancestors would cost the depth again and again.
     *
     * @param all the body's descendants in page order
     * @return the body's sum
     */
    private static double sumUp(Element body, List<Element> all, ToDoubleFunction<Element> own,
            Map<Element, Double> sums) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            double held = sums.getOrDefault(element, 0.0) + own.applyAsDouble(element);
            if (held > 0) {
                sums.put(element, held);
                if (element != body && element.parent() != null) {
                    sums.merge(element.parent(), held, Double::sum);
                }
            }
        }
        double total = sums.getOrDefault(body, 0.0);
        for (Element e = body.parent(); e != null && total > 0; e = e.parent()) {
            sums.put(e, total);
        }
        return total;
    }
}
