package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.testing.ArticleGenerator;
import org.junit.jupiter.api.Test;

/**
 * The format's promise as a property over generated articles: for each, compact and pretty, read(write(a))
 * equals a and writing the result again gives the same text.
 */
class RoundTripTest {
    static final long SEED = 20261126L;
    private static final int ARTICLES = 10_000;

    private final ArticleJson compact = ArticleJson.standard();
    private final ArticleJson pretty = ArticleJson.builder().pretty(true).build();

    @Test
    void generatedArticlesSurviveWriteAndReadCompactAndPretty() {
        ArticleGenerator generator = ArticleGenerator.of(SEED);
        for (int i = 0; i < ARTICLES; i++) {
            Article article = generator.next();
            assertRoundTrip(compact, article, i);
            assertRoundTrip(pretty, article, i);
        }
    }

    private static void assertRoundTrip(ArticleJson json, Article article, int index) {
        String text = json.write(article);
        Article back = json.read(text);
        assertThat(back).as("article %d:%n%s", index, text).isEqualTo(article);
        assertThat(json.write(back)).as("article %d rewritten", index).isEqualTo(text);
    }
}
