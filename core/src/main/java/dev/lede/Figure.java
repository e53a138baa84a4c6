package dev.lede;

import static dev.lede.internal.Checks.notNull;
import static dev.lede.internal.Checks.optional;

import java.util.Optional;

/**
 * An image with its caption and credit; also the article's hero. Immutable and thread-safe.
 *
 * @param image the image; not null
 * @param caption the caption, if any; not null
 * @param credit who made or owns the image, if given; not null
 */
public record Figure(Image image, Optional<RichText> caption, Optional<String> credit) implements Block {
    /** Checks the components. */
    public Figure {
        notNull(image, "image");
        optional(caption, "caption");
        optional(credit, "credit");
    }

    /**
     * A figure with a plain-text caption and no credit.
     *
     * @param src the image address; not null
     * @param alt the text alternative; not null
     * @param caption the caption; not null
     * @return the figure
     */
    public static Figure of(String src, String alt, String caption) {
        return new Figure(Image.of(src, alt), Optional.of(RichText.of(caption)), Optional.empty());
    }

    /**
     * A figure without caption or credit.
     *
     * @param image the image; not null
     * @return the figure
     */
    public static Figure of(Image image) {
        return new Figure(image, Optional.empty(), Optional.empty());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFigure(this);
    }
}
