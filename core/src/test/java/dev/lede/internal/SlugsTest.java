package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Alaska as Venue|alaska-as-venue",
        "Alaska as Venue in the US-Russia Alaska Summit|alaska-as-venue-in-the-us-russia-alaska-summit",
        "Rhetoric Meets Reality: What Trump and Putin Aim to Achieve|"
                + "rhetoric-meets-reality-what-trump-and-putin-aim-to-achieve",
        "Venue & timing|venue-timing",
        "'  ¿Qué pasó?  '|qué-pasó",
        "a -- b!!! ... c|a-b-c",
        "Top 10 Tips|top-10-tips",
        "Alaska’s chill|alaskas-chill",
        "Rock 'n' roll|rock-n-roll",
        "Café Müller|café-müller",
        "ÉCOLE|école",
        "Привет, мир|привет-мир",
        "日本語の見出し|日本語の見出し",
        "ﬁnal ＡＢＣ|final-abc",
        "🚀 Launch 🚀|launch",
        "snake_case|snake-case"})
    void slugKeepsLettersOfAnyScriptAndTurnsEachOtherRunIntoOneHyphen(String heading, String slug) {
        assertThat(Slugs.slug(heading)).isEqualTo(slug);
    }

    @Test
    void decomposedAccentsStayWithTheirLetter() {
        assertThat(Slugs.slug("Cafe\u0301 noir")).isEqualTo("café-noir");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "***", "— — —", "🚀🚀", "\t\n"})
    void headingWithoutLettersOrDigitsBecomesSection(String heading) {
        assertThat(Slugs.slug(heading)).isEqualTo(Slugs.FALLBACK).isEqualTo("section");
    }

    @Test
    void longHeadingIsCutAtAHyphenWithinTheLimit() {
        String heading = "word ".repeat(60);
        String full = "word-".repeat(59) + "word";

        String slug = Slugs.slug(heading);

        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH).isGreaterThan(Slugs.MAX_LENGTH - 5);
        assertThat(full).startsWith(slug + "-");
        assertThat(Slugs.isSlug(slug)).isTrue();
    }

    @Test
    void longWordIsCutAtTheLimit() {
        assertThat(Slugs.slug("x".repeat(250))).isEqualTo("x".repeat(Slugs.MAX_LENGTH));
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String supplementary = "\uD840\uDC00";
        String slug = Slugs.slug("a" + supplementary.repeat(60));
        assertThat(slug).hasSize(Slugs.MAX_LENGTH - 1).isEqualTo("a" + supplementary.repeat(49));
    }

    @Test
    void slugIsDeterministic() {
        String heading = "The Final Solution: US-Russia Alaska Summit Takeaways";
        assertThat(Slugs.slug(heading)).isEqualTo(Slugs.slug(new String(heading.toCharArray())));
    }

    /** A seeded sweep over headings mixing scripts, marks, digits, symbols and spaces. */
    @Test
    void everySlugHasTheSlugShapeAndLength() {
        String[] pieces = {"a", "Z", "é", "e\u0301", "ß", "İ", "ǅ", "ж", "日", "٣", "²", "Ⅻ", "\uD840\uDC00", "🚀",
            " ", "-", "--", "_", ":", "’", "\u00A0", "\t", "ﬁ", "Ａ"};
        Random random = new Random(20261126L);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder heading = new StringBuilder();
            int length = random.nextInt(150);
            for (int i = 0; i < length; i++) {
                heading.append(pieces[random.nextInt(pieces.length)]);
            }
            String slug = Slugs.slug(heading.toString());
            assertThat(Slugs.isSlug(slug)).as("slug of %s: %s", heading, slug).isTrue();
            assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
            assertThat(Slugs.slug(slug)).as("a slug is its own slug").isEqualTo(slug);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"geography-as-stage", "overview-2", "section", "café-müller", "日本語", "a", "2025",
        "i\u0307stanbul"})
    void isSlugAcceptsHyphenSeparatedLowerCaseWords(String id) {
        assertThat(Slugs.isSlug(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "a-", "a--b", "Overview", "a b", "a_b", "a.b", "a/b", "#a", "-"})
    void isSlugRejectsAnythingElse(String id) {
        assertThat(Slugs.isSlug(id)).isFalse();
    }

    /** The shape as first defined, by a regular expression; isSlug is a faster loop that must agree with it. */
    private static final Pattern SHAPE =
            Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}]+(?:-[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}]+)*");

    @Test
    void isSlugAgreesWithTheRegularExpressionOfTheShape() {
        // One character of each category that matters, supplementary ones and an unpaired surrogate included.
        String[] alphabet = {"-", "a", "A", "\u01c5", "\u02b0", "\u4e2d", "\u0301", "\u20dd", "\u0903", "5",
            "\u216b", "\u00bd", " ", "_", "\ud835\udfd8", "\ud801\udc28", "\ud801\udc00", "\ud800"};
        Random random = new Random(20251126L);
        int slugs = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                id.append(alphabet[random.nextInt(alphabet.length)]);
            }
            boolean expected = SHAPE.matcher(id).matches();
            assertThat(Slugs.isSlug(id.toString())).as("%s", id).isEqualTo(expected);
            slugs += expected ? 1 : 0;
        }
        assertThat(slugs).isBetween(1_000, 19_000);
    }
}
