package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.testing.ArticleGenerator;
import dev.lede.testing.SeedArticle;
import org.junit.jupiter.api.Test;

class RoundTripTest {
    private static final int ARTICLES = 10_000;

    @Test
    void generatedArticlesReadBackEqualAndRenderStable() {
        ArticleHtml html = ArticleHtml.standard();
        ArticleGenerator generator = ArticleGenerator.forHtml(20261126L);
        for (int i = 0; i < ARTICLES; i++) {
            Article article = generator.next();
            String rendered = html.render(article);
            Article read = html.read(rendered);
            assertThat(read).as("article %d from\n%s", i, rendered).isEqualTo(article);
            assertThat(html.render(read)).as("article %d rendered again", i).isEqualTo(rendered);
        }
    }

    @Test
    void theSeedArticleReadsBackEqual() {
        ArticleHtml html = ArticleHtml.standard();
        Article seed = SeedArticle.article();
        String rendered = html.render(seed);
        assertThat(html.read(rendered)).isEqualTo(seed);
        assertThat(html.read(html.renderDocument(seed))).isEqualTo(seed);
        assertThat(ArticleHtml.builder().pretty(true).build().read(html.render(seed))).isEqualTo(seed);
    }

    @Test
    void prettyOutputReadsBackEqual() {
        ArticleHtml pretty = ArticleHtml.builder().pretty(true).build();
        ArticleGenerator generator = ArticleGenerator.forHtml(7L);
        for (int i = 0; i < 300; i++) {
            Article article = generator.next();
            String rendered = pretty.render(article);
            assertThat(pretty.read(rendered)).as("article %d from\n%s", i, rendered).isEqualTo(article);
        }
    }
}
