package dev.lede.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentValidationTest {
    @Test
    void oneValidatorServesManyThreads() throws Exception {
        ArticleValidator validator = ArticleValidator.standard();
        Article valid = Articles.publishable();
        Article invalid = Articles.withLead(Paragraph.of(" "), Figure.of(Image.of("javascript:x", "")));
        ValidationReport expectedValid = validator.validatePublishable(valid);
        ValidationReport expectedInvalid = validator.validatePublishable(invalid);
        assertThat(expectedValid.violations()).isEmpty();
        assertThat(expectedInvalid.violations()).hasSize(3);

        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                boolean odd = t % 2 == 1;
                Callable<Boolean> task = () -> {
                    start.await();
                    boolean same = true;
                    for (int i = 0; i < 50; i++) {
                        same &= odd
                                ? validator.validatePublishable(invalid).equals(expectedInvalid)
                                : validator.validatePublishable(valid).equals(expectedValid);
                    }
                    return same;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
