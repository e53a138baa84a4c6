package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|0",
        "' \t\n '|0",
        "one|1",
        "US-Russia|2",
        "don’t|1",
        "don't stop|2",
        "rock 'n' roll|3",
        "x² Ⅻ|2",
        "e-mail, 2025!|3",
        "日本語の見出し|1",
        "日本語 の 見出し|3",
        "naïve café|2",
        "٣٤ x|2"})
    void wordCountCountsRunsOfLettersMarksAndNumbersWithInnerApostrophes(String text, int words) {
        assertThat(Words.count(text)).isEqualTo(words);
    }

    @Test
    void combiningMarksDoNotSplitAWord() {
        assertThat(Words.count("nai\u0308ve cafe\u0301")).isEqualTo(2);
    }

    @Test
    void supplementaryLettersAreWordCharacters() {
        assertThat(Words.count("\uD840\uDC00\uD840\uDC01 a")).isEqualTo(2);
    }

    @Test
    void apostropheAtAWordEdgeIsNotPartOfTheWord() {
        assertThat(Words.isInnerApostrophe("'tis", 0)).isFalse();
        assertThat(Words.isInnerApostrophe("dogs' ", 4)).isFalse();
        assertThat(Words.isInnerApostrophe("dog's", 3)).isTrue();
        assertThat(Words.count("'quoted' words")).isEqualTo(2);
    }
}
