package dev.lede.assertj;

import dev.lede.Figure;
import dev.lede.assertj.internal.Texts;
import java.util.Optional;

/**
 * Assertions on a {@link Figure}: its image and caption. Made by {@link LedeAssertions#assertThat(Figure)},
 * {@link BlockAssert#isFigure()}, {@link ArticleAssert#hero()} or {@code figure(index)}.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class FigureAssert extends AbstractLedeAssert<FigureAssert, Figure> {
    /**
     * @param actual the figure; may be null, which every check reports as a failure
     */
    public FigureAssert(Figure actual) {
        super(actual, FigureAssert.class);
    }

    /**
     * Checks the image's address, as written.
     *
     * @param src the expected address
     * @return this assertion
     */
    public FigureAssert hasSrc(String src) {
        nonNull(src, "src");
        return check(f -> f.image().src().equals(src) ? Optional.empty()
                : Optional.of("Expecting image src:\n  " + Texts.quote(src) + "\nbut was:\n  "
                        + Texts.quote(f.image().src())));
    }

    /**
     * Checks the image's text alternative.
     *
     * @param alt the expected alt text; "" for none
     * @return this assertion
     */
    public FigureAssert hasAlt(String alt) {
        nonNull(alt, "alt");
        return check(f -> f.image().alt().equals(alt) ? Optional.empty()
                : Optional.of("Expecting image alt:\n  " + Texts.quote(alt) + "\nbut was:\n  "
                        + Texts.quote(f.image().alt())));
    }

    /**
     * Checks the caption's plain text.
     *
     * @param caption the expected caption
     * @return this assertion
     */
    public FigureAssert hasCaption(String caption) {
        nonNull(caption, "caption");
        return check(f -> {
            Optional<String> actual = f.caption().map(c -> c.plainText());
            if (actual.isEmpty()) {
                return Optional.of("Expecting caption:\n  " + Texts.quote(caption) + "\nbut there is none");
            }
            return actual.get().equals(caption) ? Optional.empty()
                    : Optional.of("Expecting caption:\n  " + Texts.quote(caption) + "\nbut was:\n  "
                            + Texts.quote(actual.get()));
        });
    }
}
