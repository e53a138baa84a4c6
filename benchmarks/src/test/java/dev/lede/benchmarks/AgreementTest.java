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
    void typographicQuotesAgreeWithPlainOnes() {
        assertThat(Agreement.title("\u2018Star Wars\u2019 Cuts \u201cReleased\u201d", "'Star Wars' Cuts \"Released\""))
                .isTrue();
        assertThat(Agreement.title("\u2018Star Wars\u2019", "Star Wars")).isFalse();
    }

    @Test
    void aTitleAgreesWithAReferenceThatAddsASiteOrSectionNameAfterASeparator() {
        assertThat(Agreement.titleUpToAffix("Mozilla", "Mozilla - Wikipedia")).isTrue();
        assertThat(Agreement.titleUpToAffix("How to Build a Terrarium", "How to Build a Terrarium | eHow")).isTrue();
        assertThat(Agreement.titleUpToAffix("evolve extension", "Evolve: Shared History \u2014 evolve extension"))
                .isTrue();
        assertThat(Agreement.titleUpToAffix("The Big Story", "The Big Story")).isTrue();
        // Only the reference may carry the extra part, only after a separator, and never the whole of it.
        assertThat(Agreement.titleUpToAffix("Mozilla - Wikipedia", "Mozilla")).isFalse();
        assertThat(Agreement.titleUpToAffix("Mozilla", "Mozilla Firefox")).isFalse();
        assertThat(Agreement.titleUpToAffix("Genetik", "Genetik: Das Geheimnis")).isFalse();
        assertThat(Agreement.titleUpToAffix("", " - Wikipedia")).isFalse();
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
