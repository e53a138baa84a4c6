package dev.lede.html;

import dev.lede.Article;
import java.util.List;
import java.util.Objects;

/**
 * A web page imported as an article, with everything the importer left out of it. Immutable and thread-safe.
 *
 * @param article the article; not null
 * @param diagnostics metadata conflicts, then the dropped regions of the page in document order, then what the
 *     reader could not represent; not null, may be empty
 */
public record PageImport(Article article, List<PageDiagnostic> diagnostics) {
    /** Copies and checks the components. */
    public PageImport {
        Objects.requireNonNull(article, "article must not be null");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The diagnostics that report a dropped region of the page.
     *
     * @return the dropped regions; never null
     */
    public List<PageDiagnostic> droppedRegions() {
        return diagnostics.stream().filter(PageDiagnostic::isDroppedRegion).toList();
    }
}
