package dev.lede;

import static dev.lede.internal.Checks.notNull;

/**
 * A paragraph of rich text. Immutable and thread-safe.
 *
 * @param text the paragraph's text; not null
 */
public record Paragraph(RichText text) implements Block {
    /** Checks the component. */
    public Paragraph {
        notNull(text, "text");
    }

    /**
     * A paragraph of plain text.
     *
     * @param text the text; not null
     * @return the paragraph
     */
    public static Paragraph of(String text) {
        return new Paragraph(RichText.of(text));
    }

    /**
     * A paragraph of inlines.
     *
     * @param inlines the inlines; not null
     * @return the paragraph
     */
    public static Paragraph of(Inline... inlines) {
        return new Paragraph(RichText.of(inlines));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitParagraph(this);
    }
}
