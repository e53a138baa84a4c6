package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.lede.Article;
import dev.lede.testing.SeedArticle;
import org.junit.jupiter.api.Test;

class ArticleTextTest {
    @Test
    void layoutIsTitleThenLeadThenEachHeadingBeforeItsBlocksSeparatedByBlankLines() {
        Article article = Article.builder()
                .title("Alaska")
                .lead("Two *leaders* met.")
                .section("Venue", s -> s.paragraph("Cold.").paragraph("Vast.")
                        .section("Geography", g -> g.bulleted("North", "West")))
                .build();

        assertThat(ArticleText.write(article))
                .isEqualTo("Alaska\n\nTwo *leaders* met.\n\nVenue\n\nCold.\n\nVast.\n\nGeography\n\nNorth\nWest\n");
    }

    @Test
    void theSeedArticleIsItsPlainTextEndedByALineFeed() {
        Article seed = SeedArticle.article();

        String text = ArticleText.write(seed);

        assertThat(text).isEqualTo(seed.plainText() + "\n")
                .startsWith(seed.metadata().title() + "\n\n")
                .contains("\n\nGeography as Stage\n\n");
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> ArticleText.write(null)).withMessageContaining("article");
    }
}
