package dev.lede.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextOverlapTest {

    @Test
    void wordsAreLowerCasedLetterDigitRunsWithTheirMarks() {
        assertThat(TextOverlap.words("US-Russia summit, 2025: Cafe\u0301 \u2014 \u65e5\u672c\u8a9e!"))
                .containsExactly("us", "russia", "summit", "2025", "cafe\u0301", "\u65e5\u672c\u8a9e");
    }

    @Test
    void identicalTextsScoreOne() {
        TextOverlap.Score score = TextOverlap.score("one two three four five", "One, two; three four five.");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void precisionAndRecallCountSharedShingles() {
        // extracted: a b c d e f -> 3 shingles; expected: a b c d e x y -> 4 shingles; shared: abcd, bcde
        TextOverlap.Score score = TextOverlap.score("a b c d e f", "a b c d e x y");

        assertThat(score.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(score.recall()).isCloseTo(2.0 / 4, within(1e-12));
        assertThat(score.f1()).isCloseTo(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), within(1e-12));
    }

    @Test
    void repeatedShinglesCountAsOftenAsTheyOccurOnBothSides() {
        // extracted repeats "a b c d" three times; expected has it once.
        TextOverlap.Score score = TextOverlap.score("a b c d. a b c d. a b c d.", "a b c d");

        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isLessThan(1.0);
    }

    @Test
    void anEmptyExtractionScoresZeroAndAnEmptyExpectationOnlyRecall() {
        assertThat(TextOverlap.score("", "a b c d")).isEqualTo(new TextOverlap.Score(0, 0));
        assertThat(TextOverlap.score("a b c d", "three words only")).isEqualTo(new TextOverlap.Score(0, 1));
        assertThat(TextOverlap.score("", "")).isEqualTo(new TextOverlap.Score(1, 1));
        assertThat(TextOverlap.Score.f1(0, 0)).isZero();
    }
}
