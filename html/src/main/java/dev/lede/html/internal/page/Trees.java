package dev.lede.html.internal.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Where elements stand relative to one another in a page: inside, above or before. Each question walks up the
 * tree, never down it. Arguments are not null. Stateless and thread-safe.
 */
final class Trees {
    private Trees() {}

    /** Whether one of the containers is the element or one of its ancestors. */
    static boolean inside(Element element, List<Element> containers) {
        for (Element container : containers) {
            if (isAncestor(container, element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element or one of its ancestors is one of the containers: a walk up the tree, so the cost
     * does not grow with their number (a page may hide or drop thousands of elements).
     */
    static boolean insideAny(Element element, Set<Element> containers) {
        for (Element e = element; e != null; e = e.parent()) {
            if (containers.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the ancestor is the element or one of its ancestors. */
    static boolean isAncestor(Element ancestor, Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether a starts before b in document order (and is not b's ancestor). */
    static boolean precedes(Element a, Element b) {
        if (isAncestor(a, b) || isAncestor(b, a)) {
            return false;
        }
        List<Element> pathA = ancestors(a);
        List<Element> pathB = ancestors(b);
        int i = 0;
        while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
            i++;
        }
        return pathA.get(i).elementSiblingIndex() < pathB.get(i).elementSiblingIndex();
    }

    private static List<Element> ancestors(Element element) {
        List<Element> path = new ArrayList<>();
        for (Element e = element; e != null; e = e.parent()) {
            path.add(e);
        }
        Collections.reverse(path);
        return path;
    }
}
