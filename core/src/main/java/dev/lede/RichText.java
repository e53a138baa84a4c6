package dev.lede;

import dev.lede.internal.Checks;
import dev.lede.internal.PlainText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text with inline markup: a sequence of {@link Inline}s. Plain text, the common case, is one
 * {@link Inline.Text}.
 *
 * <p>The constructor puts the sequence in its one canonical form: adjacent texts are merged and empty texts
 * dropped, so two rich texts that read the same are equal. An empty rich text has no inlines.
 *
 * <p>Immutable and safe to share between threads; never null inside.
 *
 * @param inlines the inlines, canonicalised; not null
 */
public record RichText(List<Inline> inlines) {
    private static final RichText EMPTY = new RichText(List.of());

    /** Copies and canonicalises the inlines. */
    public RichText {
        inlines = canonical(Checks.copy(inlines, "inlines"));
    }

    /**
     * Rich text holding plain text only.
     *
     * @param text the text; not null
     * @return the rich text (empty when {@code text} is empty)
     */
    public static RichText of(String text) {
        Checks.notNull(text, "text");
        return text.isEmpty() ? EMPTY : new RichText(List.of(new Inline.Text(text)));
    }

    /**
     * Rich text from inlines, in order.
     *
     * @param inlines the inlines; not null, no null element
     * @return the rich text
     */
    public static RichText of(Inline... inlines) {
        return new RichText(Arrays.asList(Checks.notNull(inlines, "inlines")));
    }

    /**
     * The rich text with no inlines.
     *
     * @return the empty rich text
     */
    public static RichText empty() {
        return EMPTY;
    }

    /**
     * Whether this holds no inline at all.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return inlines.isEmpty();
    }

    /**
     * Whether this is plain text: empty, or a single {@link Inline.Text}.
     *
     * @return true when there is no markup
     */
    public boolean isPlain() {
        return inlines.isEmpty() || (inlines.size() == 1 && inlines.get(0) instanceof Inline.Text);
    }

    /**
     * The text without markup: texts and code as written, link text without its target, a line break as
     * {@code "\n"}.
     *
     * @return the plain text; never null
     */
    public String plainText() {
        return PlainText.of(this);
    }

    private static List<Inline> canonical(List<Inline> inlines) {
        boolean canonical = true;
        for (int i = 0; i < inlines.size() && canonical; i++) {
            if (inlines.get(i) instanceof Inline.Text text
                    && (text.text().isEmpty() || (i > 0 && inlines.get(i - 1) instanceof Inline.Text))) {
                canonical = false;
            }
        }
        if (canonical) {
            return inlines;
        }
        List<Inline> merged = new ArrayList<>(inlines.size());
        StringBuilder pending = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                pending.append(text.text());
            } else {
                flush(pending, merged);
                merged.add(inline);
            }
        }
        flush(pending, merged);
        return List.copyOf(merged);
    }

    private static void flush(StringBuilder pending, List<Inline> merged) {
        if (pending.length() > 0) {
            merged.add(new Inline.Text(pending.toString()));
            pending.setLength(0);
        }
    }
}
