package dev.lede.assertj;

import dev.lede.Inline;
import dev.lede.RichText;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a {@link RichText}: its plain text and whether it has markup. Made by
 * {@link LedeAssertions#assertThat(RichText)} or by navigating from a paragraph or a summary table.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class RichTextAssert extends AbstractLedeAssert<RichTextAssert, RichText> {
    /**
     * @param actual the text; may be null, which every check reports as a failure
     */
    public RichTextAssert(RichText actual) {
        super(actual, RichTextAssert.class);
    }

    /**
     * Checks the plain text, all of it.
     *
     * @param text the expected text
     * @return this assertion
     */
    public RichTextAssert hasPlainText(String text) {
        nonNull(text, "text");
        return check(r -> r.plainText().equals(text) ? Optional.empty()
                : Optional.of("Expecting the plain text:\n  " + Texts.quote(text) + "\nbut was:\n  "
                        + Texts.quote(r.plainText())));
    }

    /**
     * Checks that the text has no markup: no emphasis, strong, code, link or line break ({@link RichText#isPlain()}).
     *
     * @return this assertion
     */
    public RichTextAssert isPlain() {
        return check(r -> r.isPlain() ? Optional.empty()
                : Optional.of("Expecting plain text without markup, but it holds "
                        + r.inlines().stream().filter(i -> !(i instanceof Inline.Text))
                                .map(i -> i.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT))
                                .distinct().toList()
                        + ":\n  " + r));
    }

    /**
     * Checks that the plain text holds each value.
     *
     * @param values the texts looked for
     * @return this assertion
     */
    public RichTextAssert containsText(String... values) {
        return checkContains("the text", RichText::plainText, values);
    }

    /**
     * Checks that the plain text holds none of the values.
     *
     * @param values the texts that must not be there
     * @return this assertion
     */
    public RichTextAssert doesNotContainText(String... values) {
        return checkDoesNotContain("the text",
                r -> List.of(new Located<>(path().isEmpty() ? "the text" : path(), r.plainText())),
                RichText::plainText, values);
    }
}
