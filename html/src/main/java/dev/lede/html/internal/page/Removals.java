package dev.lede.html.internal.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes many nodes from a page at once. jsoup removes a node by shifting the rest of its parent's child list,
 * so removing 200,000 siblings one by one (or moving them one by one, as {@code appendChild} does) moves 20
 * billion references; a parent that loses more than a few children has its list rebuilt or cleared once
 * instead. Stateless and thread-safe.
 */
final class Removals {
    /** Up to this many children a parent loses are removed one by one, as cheap as a rebuild. */
    private static final int ONE_BY_ONE = 16;

    private Removals() {}

    /**
     * Removes all of the element's children in one step and returns them in order, each without a parent, to be
     * appended elsewhere at constant cost per node.
     */
    static List<Node> detachChildren(Element parent) {
        List<Node> children = new ArrayList<>(parent.childNodes());
        parent.empty();
        return children;
    }

    /** Removes each element from its parent; an element without a parent is left alone. */
    static void removeAll(Collection<Element> elements) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element element : elements) {
            Element parent = element.parent();
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(element);
            }
        }
        byParent.forEach((parent, gone) -> {
            if (gone.size() <= ONE_BY_ONE) {
                gone.forEach(Node::remove);
                return;
            }
            List<Node> kept = new ArrayList<>(parent.childNodeSize() - gone.size());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        });
    }
}
