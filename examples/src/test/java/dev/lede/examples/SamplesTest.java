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
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

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

    @Test
    void archiveTitlesPrintsEachPagesTitleAndCountsTheRest(@TempDir Path dir) throws IOException {
        Path crawl = dir.resolve("crawl.warc.gz");
        String url = "https://www.themagpost.com/post/us-russia-alaska-summit";
        long page;
        long gone;
        try (WarcWriter warc = new WarcWriter(FileChannel.open(crawl, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            warc.write(new WarcRequest.Builder(url).body(new HttpRequest.Builder("GET", url).build()).build());
            page = warc.position();
            warc.write(new WarcResponse.Builder(url).body(new HttpResponse.Builder(200, "OK")
                    .body(MediaType.HTML_UTF8, Files.readAllBytes(Path.of("data", "seed-page.html"))).build())
                    .build());
            gone = warc.position();
            warc.write(new WarcResponse.Builder("https://news.example/gone").body(new HttpResponse.Builder(404,
                    "Not Found").body(MediaType.HTML, new byte[0]).build()).build());
        }

        String out = capture(() -> ArchiveTitles.main(new String[] {crawl.toString()}));

        assertThat(out).isEqualTo(page + " " + url + ": US-Russia Alaska Summit: Prospects and Pitfalls\n"
                + gone + " failed: warc.http-status: HTTP status 404 Not Found\n"
                + "skipped: {not_response=1}\n");
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
