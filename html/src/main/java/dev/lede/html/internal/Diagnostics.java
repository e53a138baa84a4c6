package dev.lede.html.internal;

import dev.lede.html.HtmlDiagnostic;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Node;

/**
 * What one read left out, each naming its node by a path in the style of the importer's reports. Arguments are
 * not null. Not thread-safe: one per read.
 */
final class Diagnostics {
    /** The reader stops recording diagnostics after this many, so hostile input cannot make the list huge. */
    static final int MAX_DIAGNOSTICS = 1000;

    private final List<HtmlDiagnostic> diagnostics = new ArrayList<>();
    /** One for the whole read, so that a path names a node's place as first seen. */
    private final Paths paths = new Paths();

    void report(HtmlDiagnostic.Kind kind, Node node, String detail) {
        if (diagnostics.size() < MAX_DIAGNOSTICS) {
            diagnostics.add(new HtmlDiagnostic(kind, paths.path(node), detail));
        } else if (diagnostics.size() == MAX_DIAGNOSTICS) {
            diagnostics.add(new HtmlDiagnostic(HtmlDiagnostic.Kind.TRUNCATED, paths.path(node),
                    "more than " + MAX_DIAGNOSTICS + " diagnostics; the rest are not recorded"));
        }
    }

    /** The path of a node, as a diagnostic names it, for an exception to name it alike. */
    String path(Node node) {
        return paths.path(node);
    }

    /** The diagnostics so far, in the order reported; the list itself, not a copy. */
    List<HtmlDiagnostic> list() {
        return diagnostics;
    }
}
