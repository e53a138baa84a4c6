package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.testing.ArticleGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One codec shared by several threads gives each the same results as it gives one thread. */
class ConcurrencyTest {
    private static final int THREADS = 4;
    private static final int ARTICLES = 100;

    @Test
    void aSharedCodecIsThreadSafe() throws Exception {
        ArticleJson json = ArticleJson.builder().pretty(true).build();
        List<Article> articles = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        ArticleGenerator generator = ArticleGenerator.of(99);
        for (int i = 0; i < ARTICLES; i++) {
            Article article = generator.next();
            articles.add(article);
            expected.add(json.write(article));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < ARTICLES; i++) {
                        int index = (i + offset * 7) % ARTICLES;
                        assertThat(json.write(articles.get(index))).isEqualTo(expected.get(index));
                        assertThat(json.read(expected.get(index))).isEqualTo(articles.get(index));
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES)).isEqualTo(ARTICLES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
