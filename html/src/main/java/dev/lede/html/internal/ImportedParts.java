package dev.lede.html.internal;

import dev.lede.NoteKind;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What the page importer found in a page's content and hands the reader as values, beside the content's DOM:
 * the kind of each note it gathered, the tables it judged summary tables, and the credit of each figure. The
 * importer no longer writes the renderer's markers into the page for these, so a page's own markup and the
 * importer's findings cannot be mistaken for each other. The reader consults these first and the markup after.
 * Not thread-safe: one per import, filled before the read.
 */
public final class ImportedParts {
    /** No findings: what the reader uses when it reads HTML rather than an imported page. */
    public static final ImportedParts NONE = new ImportedParts(Map.of(), Set.of(), Map.of());

    private final Map<Element, NoteKind> noteKinds;
    private final Set<Element> summaryTables;
    private final Map<Element, String> credits;

    private ImportedParts(Map<Element, NoteKind> noteKinds, Set<Element> summaryTables, Map<Element, String> credits) {
        this.noteKinds = noteKinds;
        this.summaryTables = summaryTables;
        this.credits = credits;
    }

    /** An empty set of findings for one import to fill. */
    public static ImportedParts create() {
        return new ImportedParts(new IdentityHashMap<>(), Collections.newSetFromMap(new IdentityHashMap<>()),
                new IdentityHashMap<>());
    }

    /** Records an element the importer made a note of, and its kind. */
    public void note(Element note, NoteKind kind) {
        noteKinds.put(note, kind);
    }

    /** Records a table the importer judged a summary table (aspects and their summaries). */
    public void summaryTable(Element table) {
        summaryTables.add(table);
    }

    /**
     * Records a figure's credit, which the importer took out of its caption. The first credit of a figure is
     * its credit; a later one is added after it, as the page showed them.
     */
    public void credit(Element figure, String credit) {
        credits.merge(figure, credit, (first, more) -> first + " " + more);
    }

    /** The kind the importer gave a note, if it made this element one. */
    Optional<NoteKind> noteKind(Element element) {
        return Optional.ofNullable(noteKinds.get(element));
    }

    /** Whether the importer judged the table a summary table. */
    boolean isSummaryTable(Element table) {
        return summaryTables.contains(table);
    }

    /** The credit the importer took out of the figure's caption, if any. */
    Optional<String> credit(Element figure) {
        return Optional.ofNullable(credits.get(figure));
    }
}
