package dev.lede.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.LedeException;
import dev.lede.html.ArticleHtml;
import dev.lede.json.ArticleJson;
import dev.lede.testing.SeedArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Runs every sample program, so that none of them can rot. */
class SamplesTest {
    private static final Path SEED_JSON = Path.of("data", "seed-article.json");

    @Test
    void shippedSeedJsonIsWhatTheCodecWritesForTheSeedArticle() throws IOException {
        String shipped = Files.readString(SEED_JSON);

        assertThat(shipped).isEqualTo(ArticleJson.builder().pretty(true).build().write(SeedArticle.article()) + "\n");
        assertThat(ArticleJson.standard().read(shipped)).isEqualTo(SeedArticle.article());
    }

    @Test
    void quickStartPrintsHtmlThenJson() {
        String out = capture(() -> QuickStart.main(new String[0]));

        assertThat(out).startsWith("<article").contains("<em>3.4 million</em>").contains("\"format\": \"lede/1\"")
                .contains("\"kind\": \"correction\"").contains("## What Was Measured");
    }

    @Test
    void serviceConvertsTheSameOnManyThreadsAsOnOne() throws Exception {
        ServiceConversion service = new ServiceConversion();
        String document = Files.readString(SEED_JSON);
        String expected = service.toHtml(document);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> service.toHtml(document)));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ArticleHtml.standard().read(expected)).isEqualTo(SeedArticle.article());
        assertThat(expected).contains("class=\"news-");
    }

    @Test
    void serviceRefusesAnInvalidArticle() {
        String untitled = "{\"format\": \"lede/1\", \"metadata\": {\"title\": \" \"}}";

        assertThatThrownBy(() -> new ServiceConversion().toHtml(untitled)).isInstanceOf(LedeException.class)
                .hasMessageContaining("title.blank");
    }

    @Test
    void serviceMainConvertsTheShippedFile() {
        String out = capture(() -> {
            try {
                ServiceConversion.main(new String[] {SEED_JSON.toString()});
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        assertThat(out.lines()).hasSize(8).allMatch(line -> line.endsWith(" characters of HTML"));
    }

    private static String capture(Runnable program) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            program.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
