package dev.lede.assertj;

import dev.lede.Paragraph;
import dev.lede.RichText;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a {@link Paragraph}. Made by {@link LedeAssertions#assertThat(Paragraph)} or
 * {@link BlockAssert#isParagraph()}.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class ParagraphAssert extends AbstractLedeAssert<ParagraphAssert, Paragraph> {
    /**
     * @param actual the paragraph; may be null, which every check reports as a failure
     */
    public ParagraphAssert(Paragraph actual) {
        super(actual, ParagraphAssert.class);
    }

    /**
     * Checks the paragraph's plain text, all of it.
     *
     * @param text the expected text
     * @return this assertion
     */
    public ParagraphAssert hasText(String text) {
        nonNull(text, "text");
        return check(p -> p.text().plainText().equals(text) ? Optional.empty()
                : Optional.of("Expecting the paragraph's text:\n  " + Texts.quote(text) + "\nbut was:\n  "
                        + Texts.quote(p.text().plainText())));
    }

    /**
     * Checks that the paragraph's plain text holds each value.
     *
     * @param values the texts looked for
     * @return this assertion
     */
    public ParagraphAssert containsText(String... values) {
        return checkContains("the paragraph's text", p -> p.text().plainText(), values);
    }

    /**
     * Checks that the paragraph's plain text holds none of the values.
     *
     * @param values the texts that must not be there
     * @return this assertion
     */
    public ParagraphAssert doesNotContainText(String... values) {
        return checkDoesNotContain("the paragraph's text",
                p -> List.of(new Located<>(path().isEmpty() ? "the paragraph" : path(), p.text().plainText())),
                p -> p.text().plainText(), values);
    }

    /**
     * Navigates to the paragraph's rich text, to check its markup.
     *
     * @return an assertion on the text
     */
    public RichTextAssert text() {
        return navigate(RichTextAssert.class, RichText.class, RichTextAssert::new,
                () -> Optional.of(new Located<>(path().isEmpty() ? "text" : path() + ".text", actual.text())),
                () -> "");
    }
}
