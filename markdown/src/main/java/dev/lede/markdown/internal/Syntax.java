package dev.lede.markdown.internal;

import dev.lede.NoteKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The markers the writer writes and the reader recognises, in one place. Each is recognised only as written in
 * the raw input: the writer escapes text that would read as one, so the same words escaped stay text.
 */
final class Syntax {
    /** Opens a quote's last paragraph when it is the attribution. */
    static final String ATTRIBUTION = "— ";
    /** Between the attribution and the link to the quote's source. */
    static final String SOURCE_SEPARATOR = " · ";
    /** The text of the link to a quote's source. */
    static final String SOURCE_TEXT = "source";
    /** Opens the paragraph after a table that is its caption. */
    static final String CAPTION = "Table:";
    /** A divider; {@code -} and {@code +} bullets beside it cannot make it a list item's marker. */
    static final String DIVIDER = "***";
    /** A section id after a heading's text. */
    static final Pattern HEADING_ID = Pattern.compile(" \\{#([\\p{L}\\p{M}\\p{N}-]+)\\}$");

    private Syntax() {}

    /** The label of a note: {@code Editorial note:}, {@code Correction:}, ... */
    static String label(NoteKind kind) {
        switch (kind) {
            case EDITORIAL:
                return "Editorial note:";
            case CORRECTION:
                return "Correction:";
            case DISCLOSURE:
                return "Disclosure:";
            default:
                return kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT) + ":";
        }
    }

    /** The note kind a label names. */
    static Optional<NoteKind> kind(String label) {
        for (NoteKind kind : NoteKind.values()) {
            if (label(kind).equals(label)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
