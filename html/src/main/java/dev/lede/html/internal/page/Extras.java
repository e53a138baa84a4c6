package dev.lede.html.internal.page;

import dev.lede.NoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds what belongs to the article though it stands outside its roots: notes under a heading such as
 * "Editorial Note" or "Correction", a "Key points" box just before the text, summary-like tables, and what the
 * keep selectors match. Not thread-safe: one per search.
 */
final class Extras {
    private static final Pattern KEY_POINTS = Pattern.compile("^(?:key (?:points|facts|takeaways)|at a glance"
            + "|in brief|in short|summary|what we know|the essentials)\\b");

    private final SearchState state;

    Extras(SearchState state) {
        this.state = state;
    }

    /**
     * The notes, each with a copy of its body; their headings and bodies leave the page. A note inside the
     * roots counts only when it ends them.
     *
     * @param noteParts receives the notes' headings and bodies
     * @return the notes, in page order
     */
    List<ContentSelection.NoteRegion> findNotes(Element body, List<Element> roots, List<Element> noteParts) {
        List<ContentSelection.NoteRegion> notes = new ArrayList<>();
        for (Element heading : body.select("h2, h3, h4, h5, h6, p > strong:only-child, p > b:only-child")) {
            Optional<NoteKind> kind = Signals.noteKind(heading.text());
            if (kind.isEmpty() || state.insideChrome(heading) || Trees.inside(heading, noteParts)) {
                continue;
            }
            Element label = heading.normalName().startsWith("h") && heading.normalName().length() == 2 ? heading
                    : heading.parent();
            List<Element> parts = following(label);
            int words = 0;
            for (Element part : parts) {
                words += Text.words(part.text());
            }
            boolean inRoot = Trees.inside(label, roots);
            if (parts.isEmpty() || words == 0 || words > state.options.maxNoteWords()
                    || (inRoot && !endsRoot(parts, roots))) {
                continue;
            }
            Element noteBody = new Document(state.document.location()).appendElement("div");
            noteParts.add(label);
            noteParts.addAll(parts);
            for (Element part : parts) {
                noteBody.appendChild(part.clone());
            }
            notes.add(new ContentSelection.NoteRegion(kind.get(), Text.clean(heading.text()), noteBody));
        }
        Removals.removeAll(noteParts);
        return notes;
    }

    /**
     * A summary box just before the text, under a heading such as "Key points" or "At a glance", that is
     * prose or a list rather than links: it belongs to the article though it stands beside the root.
     */
    List<Element> findKeyPoints(Element main, List<Element> roots) {
        List<Element> found = new ArrayList<>();
        Element parent = main.parent();
        if (parent == null || SearchState.STRUCTURAL.contains(main.normalName())) {
            return found;
        }
        for (Element sibling : parent.children()) {
            if (sibling == roots.get(0)) {
                break;
            }
            Optional<String> label = state.measures.openingText(sibling);
            if (label.isPresent() && KEY_POINTS.matcher(Signals.normalise(label.get())).find()
                    && !state.isChrome(sibling) && state.measures.linkDensity(sibling) < 0.5) {
                found.add(sibling);
            }
        }
        return found;
    }

    /**
     * The summary-like tables outside the roots and chrome, then what the keep selectors match outside the
     * roots, the tables and the notes.
     */
    List<Element> findOutsideRoots(Element body, List<Element> roots, List<Element> notes) {
        List<Element> extras = new ArrayList<>();
        for (Element table : body.select("table")) {
            if (!Trees.inside(table, roots) && !state.insideChrome(table) && SummaryTables.looksLike(table)) {
                extras.add(table);
            }
        }
        for (Element element : state.forced) {
            if (!Trees.inside(element, roots) && !Trees.inside(element, extras) && !Trees.inside(element, notes)) {
                extras.add(element);
            }
        }
        return extras;
    }

    /** The elements after a note's heading up to the next heading of its level or higher. */
    private static List<Element> following(Element label) {
        List<Element> parts = new ArrayList<>();
        Element anchor = label;
        if (anchor.nextElementSibling() == null && anchor.parent() != null
                && anchor.parent().childrenSize() == 1) {
            anchor = anchor.parent();
        }
        int level = Signals.headingLevel(label);
        for (Element next = anchor.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            int nextLevel = Signals.headingLevel(next);
            if (nextLevel > 0 && nextLevel <= level) {
                break;
            }
            parts.add(next);
        }
        return parts;
    }

    /** Whether no text follows the parts in the last root. */
    private static boolean endsRoot(List<Element> parts, List<Element> roots) {
        Element last = parts.get(parts.size() - 1);
        Element root = roots.get(roots.size() - 1);
        for (Node n = next(last, root); n != null; n = next(n, root)) {
            if (n instanceof TextNode text && !text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The first leaf after the node in page order, within the root; null past the root's end. */
    private static Node next(Node node, Element root) {
        Node current = node;
        while (current != null && current != root) {
            Node sibling = current.nextSibling();
            if (sibling != null) {
                return firstLeaf(sibling);
            }
            current = current.parent();
        }
        return null;
    }

    private static Node firstLeaf(Node node) {
        Node current = node;
        while (current.childNodeSize() > 0) {
            current = current.childNode(0);
        }
        return current;
    }
}
