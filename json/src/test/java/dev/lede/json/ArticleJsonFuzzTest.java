package dev.lede.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.LedeException;

/**
 * Whatever bytes arrive, reading either returns an article or throws the library's own exception: with
 * validation off, only {@link ArticleJsonException}; with it on, also {@code ArticleValidationException}.
 * Nothing else escapes. Runs the inputs in {@code ArticleJsonFuzzTestInputs/} as a regression test in every build;
 * {@code JAZZER_FUZZ=1} fuzzes, and any crash input found is kept there.
 */
class ArticleJsonFuzzTest {
    private static final ArticleJson LENIENT_UNCHECKED = ArticleJson.builder()
            .ignoreUnknownProperties(pointer -> { })
            .validate(false)
            .build();

    @FuzzTest(maxDuration = "60s")
    void readThrowsOnlyLedeExceptions(byte[] input) {
        try {
            LENIENT_UNCHECKED.read(input);
        } catch (ArticleJsonException expected) {
            // the one exception bad JSON may cause
        }
        try {
            ArticleJson.standard().read(input);
        } catch (LedeException expected) {
            // bad JSON, or a well-formed article that fails validation
        }
    }
}
