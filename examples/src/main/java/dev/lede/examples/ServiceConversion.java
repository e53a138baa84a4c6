package dev.lede.examples;

import dev.lede.Article;
import dev.lede.html.ArticleHtml;
import dev.lede.json.ArticleJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A sample to copy: a service that turns Lede JSON from other services into HTML. One converter of each kind
 * is built once and shared by every thread, which is safe because both are immutable. Thread-safe.
 */
public final class ServiceConversion {
    private final ArticleJson json = ArticleJson.standard();
    private final ArticleHtml html = ArticleHtml.builder().classPrefix("news-").build();

    /**
     * Converts one JSON document to an HTML fragment. Reading validates: an invalid article is refused with a
     * {@link dev.lede.LedeException} naming what is wrong.
     *
     * @param document Lede JSON; not null
     * @return the article as an HTML fragment
     */
    public String toHtml(String document) {
        Article article = json.read(document);
        return html.render(article);
    }

    /**
     * Converts the JSON file named by the first argument (default: the shipped seed article) on eight threads
     * at once and prints the length of each result.
     *
     * @param args an optional path to a Lede JSON file
     * @throws IOException when the file cannot be read
     * @throws InterruptedException when interrupted
     * @throws ExecutionException when a conversion fails
     */
    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        String document = Files.readString(Path.of(args.length > 0 ? args[0] : "examples/data/seed-article.json"));
        ServiceConversion service = new ServiceConversion();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> service.toHtml(document)));
            }
            for (Future<String> result : results) {
                System.out.println(result.get().length() + " characters of HTML");
            }
        } finally {
            pool.shutdown();
        }
    }
}
