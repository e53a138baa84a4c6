package dev.lede.html.internal.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Chooses the roots of the article from the prose weights: the {@code itemprop=articleBody} element or the
 * single {@code <article>} that holds most of the prose; otherwise the element reached from {@code <main>} (or
 * the body) by moving into the child that holds most of the prose, with the siblings that have enough prose of
 * their own. Not thread-safe: one per search.
 */
final class RootChooser {
    private static final Set<String> CONTENT_SHAPES = Set.of("table", "figure", "pre", "blockquote");
    /** Blocks that are one paragraph, quote or entry: never the article on their own, whatever their share. */
    private static final Set<String> SINGLE_BLOCKS = Set.of("p", "pre", "blockquote", "li", "dd");

    private final SearchState state;

    RootChooser(SearchState state) {
        this.state = state;
    }

    /**
     * The roots, in page order: one element, or siblings.
     *
     * @param body the page's body, weighed
     * @return the roots; never empty
     */
    List<Element> chooseRoots(Element body) {
        FinderOptions options = state.options;
        double total = state.weight(body);
        for (Element articleBody : body.select("[itemprop=articleBody]")) {
            if (state.weight(articleBody) >= options.articleBodyShare() * total && total > 0) {
                return List.of(articleBody);
            }
        }
        Element best = null;
        for (Element article : body.select("article")) {
            if (!state.isChrome(article) && (best == null || state.weight(article) > state.weight(best))) {
                best = article;
            }
        }
        if (best != null && state.weight(best) >= options.articleShare() * total && total > 0) {
            return List.of(best);
        }
        Element start = body;
        for (Element main : body.select("main, [role=main]")) {
            if (state.weight(main) >= options.mainShare() * total) {
                start = main;
                break;
            }
        }
        double descendRatio = options.descendRatio();
        Element current = start;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Element child : current.children()) {
                if (state.weight(child) > 0 && state.weight(child) >= descendRatio * state.weight(current)
                        && !SINGLE_BLOCKS.contains(child.normalName())) {
                    current = child;
                    moved = true;
                    break;
                }
            }
        }
        return withSiblings(current);
    }

    /** The root holding the most prose, the first of those holding as much. */
    Element main(List<Element> roots) {
        Element main = roots.get(0);
        for (Element root : roots) {
            if (state.weight(root) > state.weight(main)) {
                main = root;
            }
        }
        return main;
    }

    private List<Element> withSiblings(Element root) {
        Element parent = root.parent();
        if (parent == null || SearchState.STRUCTURAL.contains(root.normalName())) {
            return List.of(root);
        }
        double mergeRatio = state.options.mergeRatio();
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            double weight = state.weight(sibling);
            if (sibling == root || (weight > 0 && weight >= mergeRatio * state.weight(root)
                    || isContentShaped(sibling)) && !state.isChrome(sibling)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    /** A table, figure, code block or quote beside the text, which belongs to it unless the bias is precision. */
    private boolean isContentShaped(Element sibling) {
        return state.options.mergeRatio() < state.options.preciseMergeRatio()
                && CONTENT_SHAPES.contains(sibling.normalName()) && state.measures.linkDensity(sibling) < 0.3;
    }
}
