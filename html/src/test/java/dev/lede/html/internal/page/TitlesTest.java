package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void aTitleAgreesWithAHeadingItHoldsBetweenAffixes() {
        assertThat(Titles.agree("Donald Trump: Wall talks collapse | Politics | Daily Courier", "Wall talks collapse"))
                .isTrue();
        assertThat(Titles.agree("It's Good to Be 'Peculiar'", "It’s Good to Be ‘Peculiar’")).isTrue();
        assertThat(Titles.agree("Wall talks collapse", "Wall talks")).isFalse();
        assertThat(Titles.agree("Wall talks collapse in Washington", "Wall talks collapse")).isFalse();
    }

    @Test
    void removesTheSiteNameOnlyWhereItIsOne() {
        assertThat(Titles.withoutSiteName("Chips sell out – Golem.de", Optional.empty(), "golem.de"))
                .contains("Chips sell out");
        assertThat(Titles.withoutSiteName("Daily Courier | Chips sell out", Optional.of("Daily Courier"), ""))
                .contains("Chips sell out");
        assertThat(Titles.withoutSiteName("Rhetoric Meets Reality - What Leaders Want", Optional.empty(),
                "example.com")).isEmpty();
    }
}
