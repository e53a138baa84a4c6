package dev.lede.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.lede.Article;
import dev.lede.Section;
import dev.lede.testing.ArticleGenerator;
import dev.lede.validation.ArticleValidator;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void aSizedArticleReachesItsSizeAndStaysWithinATenthAboveIt() {
        for (String size : List.of("10KB", "100KB")) {
            int target = Inputs.SIZES.get(size);
            int bytes = Inputs.JSON.write(Inputs.article(size, ArticleGenerator::of)).getBytes(StandardCharsets.UTF_8).length;

            assertThat(bytes).as(size).isBetween(target, target + target / 10);
        }
    }

    @Test
    void sizedArticlesAreDeterministicAndValidWithUniqueSectionIds() {
        Article article = Inputs.article("10KB", ArticleGenerator::forHtml);
        Set<String> ids = new HashSet<>();

        assertThat(Inputs.article("10KB", ArticleGenerator::forHtml)).isEqualTo(article);
        assertThat(article.allSections()).map(Section::id).allMatch(ids::add);
        assertThat(ArticleValidator.standard().validate(article).errors()).isEmpty();
    }

    @Test
    void theSeedInputIsTheSeedArticleAndPage() {
        assertThat(Inputs.article(Inputs.SEED, ArticleGenerator::of).metadata().title()).startsWith("US-Russia Alaska Summit");
        assertThat(Inputs.page(Inputs.SEED)).contains("<html");
    }

    @Test
    void anUnknownInputIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Inputs.article("3MB", ArticleGenerator::of))
                .withMessageContaining("3MB");
    }
}
