package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lone surrogates, wherever they stand: first, last, before or after a pair. U+D83D U+DE00 is the pair of
 * 😀; U+D800 is a high surrogate and U+DC00 a low one.
 */
class SurrogatesTest {
    private static final String PAIR = "\uD83D\uDE00";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''|''",
        "abc|abc",
        "\uD83D\uDE00|\uD83D\uDE00",
        "a\uD83D\uDE00b\uD83D\uDE00|a\uD83D\uDE00b\uD83D\uDE00",
        "\uD800|\uFFFD",
        "\uDC00|\uFFFD",
        "\uD800x|\uFFFDx",
        "x\uD800|x\uFFFD",
        "ab\uD800|ab\uFFFD",
        "a\uDC00b|a\uFFFDb",
        "\uDC00\uD800|\uFFFD\uFFFD",
        "\uD800\uD800\uDC00|\uFFFD\uD800\uDC00",
        "\uD83D\uDE00\uDE00|\uD83D\uDE00\uFFFD",
        "\uD83D\uDE00\uD800\uD83D\uDE00\uDC00x|\uD83D\uDE00\uFFFD\uD83D\uDE00\uFFFDx",
        "x\uD83D\uDE00\uD83D|x\uD83D\uDE00\uFFFD"})
    void replaceLoneReplacesEachLoneSurrogateAndKeepsPairs(String text, String replaced) {
        assertThat(Surrogates.replaceLone(text)).isEqualTo(replaced);
        assertThat(Surrogates.hasLone(text)).isEqualTo(!text.equals(replaced));
        assertThat(Surrogates.hasLone(replaced)).isFalse();
    }

    @Test
    void textWithoutLoneSurrogatesIsReturnedItself() {
        String text = "a" + PAIR + "b";
        assertThat(Surrogates.replaceLone(text)).isSameAs(text);
    }

    /** A pair is a high surrogate then a low one, and only at the high one's index. */
    @ParameterizedTest(name = "[{index}] {1} in {0}")
    @CsvSource(delimiter = '|', value = {
        "\uD83D\uDE00|0|true",
        "\uD83D\uDE00|1|false",
        "a\uD83D\uDE00|1|true",
        "a\uD83D\uDE00|0|false",
        "\uDBFF\uDFFF|0|true",
        "\uDE00\uD83D|0|false",
        "\uD83D|0|false",
        "a\uD83D|1|false",
        "\uD83D\uD83D\uDE00|0|false",
        "\uD83D\uD83D\uDE00|1|true",
        "ab|0|false"})
    void isPairAtFindsAHighSurrogateFollowedByALowOne(String text, int index, boolean pair) {
        assertThat(Surrogates.isPairAt(text, index)).isEqualTo(pair);
        assertThat(Surrogates.isPairAt(text.toCharArray(), index)).isEqualTo(pair);
    }
}
