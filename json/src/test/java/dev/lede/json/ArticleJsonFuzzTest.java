package dev.lede.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes arrive, reading either returns an article or throws {@link ArticleJsonException}: nothing
 * else escapes. Runs the inputs in {@code ArticleJsonFuzzTestInputs/} as a regression test in every build;
 * {@code JAZZER_FUZZ=1} fuzzes, and any crash input found is kept there.
 */
class ArticleJsonFuzzTest {
    private static final ArticleJson LENIENT = ArticleJson.builder().ignoreUnknownProperties(pointer -> { }).build();

    @FuzzTest(maxDuration = "60s")
    void readThrowsOnlyArticleJsonException(byte[] input) {
        for (ArticleJson json : new ArticleJson[] {ArticleJson.standard(), LENIENT}) {
            try {
                json.read(input);
            } catch (ArticleJsonException expected) {
                // the one exception bad input may cause
            }
        }
    }
}
