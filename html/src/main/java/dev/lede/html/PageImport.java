package dev.lede.html;

import dev.lede.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A web page imported as an article, with everything the importer left out of it and where each metadata value
 * came from. Immutable and thread-safe.
 *
 * @param article the article; not null
 * @param diagnostics metadata conflicts, then the dropped regions of the page in document order, then what the
 *     reader could not represent; not null, may be empty
 * @param provenance for each metadata field that had any candidate, which source gave the value and which it
 *     beat, in the order of {@link Provenance.Field}; not null, may be empty
 */
public record PageImport(Article article, List<PageDiagnostic> diagnostics, List<Provenance> provenance) {
    /** Copies and checks the components. */
    public PageImport {
        Objects.requireNonNull(article, "article must not be null");
        diagnostics = List.copyOf(diagnostics);
        provenance = List.copyOf(provenance);
    }

    /**
     * An import without provenance.
     *
     * @param article the article; not null
     * @param diagnostics the diagnostics; not null
     */
    public PageImport(Article article, List<PageDiagnostic> diagnostics) {
        this(article, diagnostics, List.of());
    }

    /**
     * The diagnostics that report a dropped region of the page.
     *
     * @return the dropped regions; never null
     */
    public List<PageDiagnostic> droppedRegions() {
        return diagnostics.stream().filter(PageDiagnostic::isDroppedRegion).toList();
    }

    /**
     * Where one field's value came from.
     *
     * @param field the field; not null
     * @return its provenance, or empty when no source offered a value for it
     */
    public Optional<Provenance> provenance(Provenance.Field field) {
        Objects.requireNonNull(field, "field must not be null");
        return provenance.stream().filter(p -> p.field() == field).findFirst();
    }
}
