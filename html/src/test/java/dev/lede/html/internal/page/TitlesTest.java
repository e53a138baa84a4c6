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
    void aHeadingRewordsATitleWhenTheWordsTheyShareAreMoreThanHalfOfTheLongerOnes() {
        assertThat(Titles.rewords("Lady Gaga Shares Pic of Ex Taylor Kinney With Her Mom",
                "Lady Gaga Shares Photo of Ex Taylor Kinney Hanging With Her Mom and Now We're Confused")).isTrue();
        // Six shared words of thirteen: a heading that says much more than the title is not the same story.
        assertThat(Titles.rewords("Ferry terminal opening delayed two years",
                "New ferry terminal opening delayed two more years as piles are driven deeper")).isFalse();
        // Two words are too few to tell, whatever their share.
        assertThat(Titles.rewords("Brexit talks", "Brexit talks")).isFalse();
        assertThat(Titles.rewords("Wall talks collapse", "Budget vote passes")).isFalse();
    }

    @Test
    void removesASiteNameGluedOnWithoutSpacesOnlyWhenItIsTheStatedSiteName() {
        assertThat(Titles.withoutSiteName("ツリーを描画できる「Treeviz」:phpspot開発日誌", Optional.of("phpspot開発日誌"),
                "phpspot.org")).contains("ツリーを描画できる「Treeviz」");
        assertThat(Titles.withoutSiteName("Chips sell out_Daily Courier", Optional.of("Daily Courier"), ""))
                .contains("Chips sell out");
        assertThat(Titles.withoutSiteName("Chips:Daily Courier", Optional.empty(), "")).isEmpty();
        assertThat(Titles.withoutSiteName("Chips sell out Daily Courier", Optional.of("Daily Courier"), ""))
                .isEmpty();
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
