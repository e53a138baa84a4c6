package dev.lede.assertj;

import static dev.lede.assertj.Failures.failureOf;
import static dev.lede.assertj.Failures.message;
import static dev.lede.assertj.LedeAssertions.assertThat;

import dev.lede.Inline;
import dev.lede.RichText;
import org.junit.jupiter.api.Test;

/** Every check of {@link RichTextAssert}. */
class RichTextAssertTest {
    private static final RichText PLAIN = RichText.of("Alaska’s chill and vastness");
    private static final RichText MARKED = RichText.of(new Inline.Text("a "), Inline.Emphasis.of("rare"),
            new Inline.Text(" neutrality"));

    @Test
    void hasPlainText() {
        assertThat(MARKED).hasPlainText("a rare neutrality");
        failureOf(() -> assertThat(MARKED).hasPlainText("a neutrality")).isEqualTo(message("",
                "Expecting the plain text:", "  \"a neutrality\"", "but was:", "  \"a rare neutrality\""));
    }

    @Test
    void isPlain() {
        assertThat(PLAIN).isPlain();
        failureOf(() -> assertThat(MARKED).isPlain()).isEqualTo(message("",
                "Expecting plain text without markup, but it holds [emphasis]:",
                "  " + MARKED));
    }

    @Test
    void containsText() {
        assertThat(PLAIN).containsText("chill", "vastness");
        failureOf(() -> assertThat(PLAIN).containsText("warmth")).isEqualTo(message("",
                "Expecting the text to contain:", "  [\"warmth\"]", "but could not find:", "  [\"warmth\"]"));
    }

    @Test
    void doesNotContainText() {
        assertThat(PLAIN).doesNotContainText("warmth");
        failureOf(() -> assertThat(PLAIN).doesNotContainText("chill")).isEqualTo(message("",
                "Expecting the text not to contain:", "  [\"chill\"]", "but", "found \"chill\" in:", "  the text"));
    }
}
