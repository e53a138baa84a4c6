package dev.lede.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** The fixtures other modules' tests stand on must themselves be valid, or their round trips prove little. */
class FixturesAreValidTest {
    @Test
    void seedArticleIsPublishableWithoutAnyViolation() {
        ValidationReport report = ArticleValidator.standard().validatePublishable(SeedArticle.article());

        assertThat(report.violations()).isEmpty();
    }

    @Test
    void generatedArticlesPassTheDefaultValidation() {
        ArticleGenerator any = ArticleGenerator.of(11);
        ArticleGenerator html = ArticleGenerator.forHtml(11);
        for (int i = 0; i < 1_000; i++) {
            assertValid(any.next());
            assertValid(html.next());
        }
    }

    private static void assertValid(Article article) {
        ValidationReport report = ArticleValidator.standard().validate(article);
        assertThat(report.errors()).as("errors in %s", article.metadata().title()).isEmpty();
    }
}
