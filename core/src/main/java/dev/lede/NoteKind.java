package dev.lede;

/** What a {@link Note} is for. */
public enum NoteKind {
    /** A note from the editors about the article as a whole, such as a disclaimer. */
    EDITORIAL,
    /** A correction of something the article once said. */
    CORRECTION,
    /** A disclosure of an interest or relationship. */
    DISCLOSURE,
    /** An update added after publication. */
    UPDATE
}
