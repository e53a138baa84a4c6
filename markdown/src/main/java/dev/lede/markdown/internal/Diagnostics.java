package dev.lede.markdown.internal;

import dev.lede.markdown.ArticleMarkdown;
import dev.lede.markdown.MarkdownDiagnostic;
import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics up to {@link ArticleMarkdown#MAX_DIAGNOSTICS}, then one {@code TRUNCATED}. Not thread-safe. */
final class Diagnostics {
    private final List<MarkdownDiagnostic> list = new ArrayList<>();
    private int more;

    void add(MarkdownDiagnostic.Kind kind, String where, String detail) {
        if (list.size() < ArticleMarkdown.MAX_DIAGNOSTICS) {
            list.add(new MarkdownDiagnostic(kind, where, detail));
        } else {
            more++;
        }
    }

    /** The diagnostics in the order added, with a last {@code TRUNCATED} one counting any over the limit. */
    List<MarkdownDiagnostic> list() {
        if (more == 0) {
            return List.copyOf(list);
        }
        List<MarkdownDiagnostic> all = new ArrayList<>(list);
        all.add(new MarkdownDiagnostic(MarkdownDiagnostic.Kind.TRUNCATED, "", more + " more"));
        return List.copyOf(all);
    }
}
