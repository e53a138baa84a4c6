package dev.lede.html.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * CSS-like paths that name an element for people, in every diagnostic and exception of the reader and the
 * importer alike: from the nearest ancestor with an id (or the body), each step a tag with its id or first
 * class (escaped as a selector writes it, so that {@code Element.select} finds the element again), and
 * {@code :nth-child} where siblings share the tag; at most eight steps. A node that is not an
 * element (a comment, text) is its parent's path and its node name, such as {@code p > #comment}. An instance
 * works out each parent's children once, so naming many siblings costs time linear in their number; it keeps
 * the positions it first saw, so a path names the element's place before later removals. Not thread-safe;
 * {@link #of} is, using a fresh instance.
 */
public final class Paths {
    private static final int MAX_STEPS = 8;

    /** Per parent: each child's position and how many children bear each tag name. */
    private final Map<Element, Siblings> siblings = new IdentityHashMap<>();

    private record Siblings(Map<Element, Integer> position, Map<String, Integer> countByName) {}

    /** The path of one node. */
    public static String of(Node node) {
        return new Paths().path(node);
    }

    /** The path of a node, with the positions this instance has seen. */
    public String path(Node node) {
        if (node instanceof Element element) {
            return elementPath(element);
        }
        Node parent = node.parent();
        return parent == null ? node.nodeName() : path(parent) + " > " + node.nodeName();
    }

    private String elementPath(Element element) {
        List<String> steps = new ArrayList<>();
        for (Element e = element; e != null && steps.size() < MAX_STEPS; e = e.parent()) {
            String name = e.normalName();
            if (name.equals("#root")) {
                break;
            }
            if (!e.id().isEmpty()) {
                steps.add(identifier(name) + "#" + identifier(e.id()));
                break;
            }
            StringBuilder step = new StringBuilder(identifier(name));
            if (!e.classNames().isEmpty()) {
                step.append('.').append(identifier(e.classNames().iterator().next()));
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

    /**
     * A tag name, id or class as a selector writes it: each ASCII character other than a letter, digit, hyphen
     * or underscore escaped with a backslash, so that a page's {@code id="ad/slot.1"} gives a path that
     * {@code Element.select} reads back ({@code #ad\/slot\.1}).
     */
    private static String identifier(String name) {
        StringBuilder escaped = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_';
            if (!plain && escaped == null) {
                escaped = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (escaped != null) {
                (plain ? escaped : escaped.append('\\')).append(c);
            }
        }
        return escaped == null ? name : escaped.toString();
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
