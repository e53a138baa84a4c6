package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.testing.ArticleGenerator;
import org.junit.jupiter.api.Test;

/**
 * The format's promise as a property over generated articles: for each, compact and pretty, the written
 * document is valid under the published JSON Schema, read(write(a)) equals a, and writing the result again
 * gives the same text. Validation, which costs several times the codec,
 * is off for the 10,000 and on for a shorter run that shows the default reader accepts them too.
 */
class RoundTripTest {
    static final long SEED = 20261126L;
    private static final int ARTICLES = 10_000;

    private final ArticleJson compact = ArticleJson.builder().validate(false).build();
    private final ArticleJson pretty = compact.rebuild().pretty(true).build();

    @Test
    void generatedArticlesSurviveWriteAndReadCompactAndPretty() {
        ArticleGenerator generator = ArticleGenerator.of(SEED);
        for (int i = 0; i < ARTICLES; i++) {
            Article article = generator.next();
            assertRoundTrip(compact, article, i);
            assertRoundTrip(pretty, article, i);
        }
    }

    @Test
    void theDefaultValidatingReaderAcceptsGeneratedArticles() {
        ArticleGenerator generator = ArticleGenerator.of(SEED + 1);
        for (int i = 0; i < 200; i++) {
            assertRoundTrip(ArticleJson.standard(), generator.next(), i);
        }
    }

    private static void assertRoundTrip(ArticleJson json, Article article, int index) {
        String text = json.write(article);
        assertThat(SchemaTest.violations(text)).as("schema violations of article %d:%n%s", index, text).isEmpty();
        Article back = json.read(text);
        assertThat(back).as("article %d:%n%s", index, text).isEqualTo(article);
        assertThat(json.write(back)).as("article %d rewritten", index).isEqualTo(text);
    }
}
