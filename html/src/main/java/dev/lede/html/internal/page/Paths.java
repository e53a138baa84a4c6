package dev.lede.html.internal.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * CSS-like paths that name an element for people: from the nearest ancestor with an id (or the body), each
 * step a tag with its id or first class, and {@code :nth-child} where siblings share the tag. Stateless and
 * thread-safe.
 */
final class Paths {
    private static final int MAX_STEPS = 8;

    private Paths() {}

    static String of(Element element) {
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
            if (e.parent() != null && e.parent().select("> " + name).size() > 1) {
                step.append(":nth-child(").append(e.elementSiblingIndex() + 1).append(')');
            }
            steps.add(step.toString());
            if (name.equals("body")) {
                break;
            }
        }
        Collections.reverse(steps);
        return String.join(" > ", steps);
    }
}
