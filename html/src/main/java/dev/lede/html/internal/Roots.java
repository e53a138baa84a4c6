package dev.lede.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Where in a document the article stands, and the language declared there. Not null. Stateless. */
final class Roots {
    private Roots() {}

    /** The top-level {@code <article>} elements, else {@code <main>}, else the body; never empty. */
    static List<Element> of(Document document) {
        List<Element> articles = new ArrayList<>();
        // An article's own content need not be searched for more: nested articles are not roots.
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element element && element.nameIs("article")) {
                articles.add(element);
                return NodeFilter.FilterResult.SKIP_CHILDREN;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, document);
        if (!articles.isEmpty()) {
            return articles;
        }
        Element main = document.selectFirst("main");
        return List.of(main != null ? main : document.body());
    }

    /** The {@code lang} of the root or its nearest ancestor that has one. */
    static Optional<String> language(Element root) {
        for (Element element = root; element != null; element = element.parent()) {
            String lang = element.attr("lang").strip();
            if (!lang.isEmpty()) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}
