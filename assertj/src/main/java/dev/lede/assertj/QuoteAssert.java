package dev.lede.assertj;

import dev.lede.Quote;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.Parts;
import dev.lede.assertj.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a {@link Quote}. Made by {@link LedeAssertions#assertThat(Quote)} or {@link BlockAssert#isQuote()}.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class QuoteAssert extends AbstractLedeAssert<QuoteAssert, Quote> {
    /**
     * @param actual the quote; may be null, which every check reports as a failure
     */
    public QuoteAssert(Quote actual) {
        super(actual, QuoteAssert.class);
    }

    /**
     * Checks the attribution's plain text.
     *
     * @param attribution the expected attribution, such as a speaker's name
     * @return this assertion
     */
    public QuoteAssert hasAttribution(String attribution) {
        nonNull(attribution, "attribution");
        return check(q -> {
            Optional<String> actual = q.attribution().map(a -> a.plainText());
            if (actual.isEmpty()) {
                return Optional.of("Expecting attribution:\n  " + Texts.quote(attribution) + "\nbut there is none");
            }
            return actual.get().equals(attribution) ? Optional.empty()
                    : Optional.of("Expecting attribution:\n  " + Texts.quote(attribution) + "\nbut was:\n  "
                            + Texts.quote(actual.get()));
        });
    }

    /**
     * Checks that the quoted text holds each value.
     *
     * @param values the texts looked for
     * @return this assertion
     */
    public QuoteAssert containsText(String... values) {
        return checkContains("the quote's text", Quote::plainText, values);
    }

    /**
     * Checks that the quoted text holds none of the values.
     *
     * @param values the texts that must not be there
     * @return this assertion
     */
    public QuoteAssert doesNotContainText(String... values) {
        return checkDoesNotContain("the quote's text",
                q -> List.of(new Located<>(path().isEmpty() ? "the quote" : path(), q.plainText())),
                Quote::plainText, values);
    }

    /**
     * Navigates to a block of the quote; fails listing the blocks there are.
     *
     * @param index from 0
     * @return an assertion on the block
     */
    public BlockAssert block(int index) {
        return blockAt(Quote::blocks, Parts.join(path(), "blocks"), index, () -> "the quote");
    }
}
