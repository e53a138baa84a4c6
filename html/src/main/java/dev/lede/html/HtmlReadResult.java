package dev.lede.html;

import dev.lede.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article read from HTML together with what the reader left out. Immutable and thread-safe.
 *
 * @param article the article; not null
 * @param diagnostics what was left out, in document order; not null, may be empty
 */
public record HtmlReadResult(Article article, List<HtmlDiagnostic> diagnostics) {
    /** Copies and checks the components. */
    public HtmlReadResult {
        Objects.requireNonNull(article, "article must not be null");
        diagnostics = List.copyOf(diagnostics);
    }
}
