package dev.lede.markdown;

import java.util.List;
import java.util.Objects;

/**
 * An article written as Markdown, with what Markdown could not hold of it. Immutable and thread-safe.
 *
 * @param markdown the Markdown; not null
 * @param diagnostics what was not held, in reading order; not null, empty when the Markdown reads back as the
 *     article
 */
public record MarkdownWriteResult(String markdown, List<MarkdownDiagnostic> diagnostics) {
    /** Copies and checks the components. */
    public MarkdownWriteResult {
        Objects.requireNonNull(markdown, "markdown must not be null");
        diagnostics = List.copyOf(diagnostics);
    }
}
