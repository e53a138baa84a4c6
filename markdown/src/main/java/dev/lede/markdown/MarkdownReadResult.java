package dev.lede.markdown;

import dev.lede.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article read from Markdown, with what the reader left out. Immutable and thread-safe.
 *
 * @param article the article; not null
 * @param diagnostics what was left out, in input order; not null, may be empty
 */
public record MarkdownReadResult(Article article, List<MarkdownDiagnostic> diagnostics) {
    /** Copies and checks the components. */
    public MarkdownReadResult {
        Objects.requireNonNull(article, "article must not be null");
        diagnostics = List.copyOf(diagnostics);
    }
}
