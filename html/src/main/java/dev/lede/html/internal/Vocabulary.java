package dev.lede.html.internal;

/**
 * The markers beyond plain HTML that the renderer writes and the reader reads: one place for each, so that the
 * two cannot drift apart. (The page importer hands the reader what it finds as values, {@link ImportedParts},
 * rather than writing these into a page.) Stateless.
 */
public final class Vocabulary {
    /** On an {@code <aside>} note: the note's kind, a {@code NoteKind} name. */
    public static final String NOTE_KIND = "data-kind";
    /** The role of an element the reader reads as a part of the model rather than as plain HTML. */
    public static final String ROLE = "data-lede";
    /** {@link #ROLE} of a {@code <table>} of aspect and summary rows: a {@code SummaryTable}. */
    public static final String SUMMARY_TABLE = "summary";
    /** {@link #ROLE} of a {@code <small>} in a figure: the image's credit. */
    public static final String CREDIT = "credit";

    private Vocabulary() {}
}
