package dev.lede;

import static dev.lede.internal.Checks.notNull;

import java.util.OptionalInt;

/**
 * An image: where it is, what it shows, and its intrinsic size when known. Immutable and thread-safe.
 *
 * <p>The source is kept as written (see {@link Inline.Link} for why it is not a {@code URI}). An empty
 * {@code alt} means the image has no text alternative; the validator reports that.
 *
 * @param src the image address; not null
 * @param alt the text alternative, empty when there is none; not null
 * @param width the width in CSS pixels, when known; positive
 * @param height the height in CSS pixels, when known; positive
 */
public record Image(String src, String alt, OptionalInt width, OptionalInt height) {
    /** Checks the components. */
    public Image {
        notNull(src, "src");
        notNull(alt, "alt");
        positive(notNull(width, "width"), "width");
        positive(notNull(height, "height"), "height");
    }

    /**
     * An image of unknown size.
     *
     * @param src the address; not null
     * @param alt the text alternative; not null
     * @return the image
     */
    public static Image of(String src, String alt) {
        return new Image(src, alt, OptionalInt.empty(), OptionalInt.empty());
    }

    private static void positive(OptionalInt size, String name) {
        if (size.isPresent() && size.getAsInt() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + size.getAsInt());
        }
    }
}
