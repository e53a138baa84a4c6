package dev.lede.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void titlesAgreeAcrossCaseWhitespaceAndCompatibilityForms() {
        assertThat(Agreement.title("  The\u00a0Big \n Story ", "the big story")).isTrue();
        assertThat(Agreement.title("\ufb01nance", "finance")).isTrue();
        assertThat(Agreement.title("The Big Story", "The Big Story - Site")).isFalse();
    }

    @Test
    void bylinesAgreeWithoutALeadingBy() {
        assertThat(Agreement.byline("Jane Doe, John Roe", "By Jane Doe, John Roe")).isTrue();
        assertThat(Agreement.byline("Jane Doe", "Byron Doe")).isFalse();
        assertThat(Agreement.byline("Jane Doe", "John Roe")).isFalse();
    }

    @Test
    void nullIsEmpty() {
        assertThat(Agreement.title(null, "")).isTrue();
        assertThat(Agreement.byline("", null)).isTrue();
        assertThat(Agreement.byline("Jane", null)).isFalse();
    }
}
