package dev.lede;

import static dev.lede.internal.Checks.notNull;
import static dev.lede.internal.Checks.optional;

import dev.lede.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A note attached to the article: an editorial note, a correction, a disclosure or an update. Immutable and
 * thread-safe.
 *
 * @param kind what the note is for; not null
 * @param title the note's heading, such as "Important Editorial Note", if any; not null
 * @param blocks the note's content; not null
 */
public record Note(NoteKind kind, Optional<String> title, List<Block> blocks) {
    /** Copies and checks the components. */
    public Note {
        notNull(kind, "kind");
        optional(title, "title");
        blocks = Checks.copy(blocks, "blocks");
    }

    /**
     * A note of one paragraph.
     *
     * @param kind the kind; not null
     * @param title the title; not null
     * @param text the paragraph; not null
     * @return the note
     */
    public static Note of(NoteKind kind, String title, String text) {
        return new Note(kind, Optional.of(title), List.of(Paragraph.of(text)));
    }

    /**
     * The text of the note without markup, its title first.
     *
     * @return the plain text; never null
     */
    public String plainText() {
        return dev.lede.internal.PlainText.of(this);
    }
}
