package dev.lede;

import static dev.lede.internal.Checks.optional;

import dev.lede.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A block quotation, with whom it is attributed to and where it comes from. Immutable and thread-safe.
 *
 * @param blocks the quoted content; not null
 * @param attribution who said or wrote it, if given; not null
 * @param source the address of the quoted source (HTML's {@code cite}), if given; not null
 */
public record Quote(List<Block> blocks, Optional<RichText> attribution, Optional<String> source)
        implements Block {
    /** Copies and checks the components. */
    public Quote {
        blocks = Checks.copy(blocks, "blocks");
        optional(attribution, "attribution");
        optional(source, "source");
    }

    /**
     * A one-paragraph quote with an attribution.
     *
     * @param text the quoted text; not null
     * @param attribution who said it; not null
     * @return the quote
     */
    public static Quote of(String text, String attribution) {
        return new Quote(List.of(Paragraph.of(text)), Optional.of(RichText.of(attribution)), Optional.empty());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitQuote(this);
    }
}
