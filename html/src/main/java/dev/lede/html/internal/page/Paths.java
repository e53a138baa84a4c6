package dev.lede.html.internal.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * CSS-like paths that name an element for people: from the nearest ancestor with an id (or the body), each
 * step a tag with its id or first class, and {@code :nth-child} where siblings share the tag. An instance
 * works out each parent's children once, so naming many siblings costs time linear in their number; it keeps
 * the positions it first saw, so a path names the element's place before later removals. Not thread-safe;
 * {@link #of} is, using a fresh instance.
 */
final class Paths {
    private static final int MAX_STEPS = 8;

    /** Per parent: each child's position and how many children bear each tag name. */
    private final Map<Element, Siblings> siblings = new IdentityHashMap<>();

    private record Siblings(Map<Element, Integer> position, Map<String, Integer> countByName) {}

    /** The path of one element. */
    static String of(Element element) {
        return new Paths().path(element);
    }

    /** The path of an element, with the positions this instance has seen. */
    String path(Element element) {
        List<String> steps = new ArrayList<>();
        for (Element e = element; e != null && steps.size() < MAX_STEPS; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("#root")) {
                break;
            }
            if (!e.id().isEmpty()) {
                steps.add(name + "#" + e.id());
                break;
            }
            StringBuilder step = new StringBuilder(name);
            if (!e.classNames().isEmpty()) {
                step.append('.').append(e.classNames().iterator().next());
            }
            // Counted by hand, not by a selector: a malformed page's tag names need not parse as selectors.
            if (e.parent() != null) {
                Siblings around = siblings(e.parent(), e);
                if (around.countByName().getOrDefault(name, 0) > 1) {
                    step.append(":nth-child(").append(around.position().get(e) + 1).append(')');
                }
            }
            steps.add(step.toString());
            if (name.equals("body")) {
                break;
            }
        }
        Collections.reverse(steps);
        return String.join(" > ", steps);
    }

    /** The parent's children as first seen, seen again when the child is new since then. */
    private Siblings siblings(Element parent, Element child) {
        Siblings known = siblings.get(parent);
        if (known != null && known.position().containsKey(child)) {
            return known;
        }
        List<Element> children = parent.children();
        Map<Element, Integer> position = new IdentityHashMap<>(children.size());
        Map<String, Integer> countByName = new HashMap<>();
        for (int i = 0; i < children.size(); i++) {
            position.put(children.get(i), i);
            countByName.merge(children.get(i).normalName(), 1, Integer::sum);
        }
        Siblings fresh = new Siblings(position, countByName);
        siblings.put(parent, fresh);
        return fresh;
    }
}
