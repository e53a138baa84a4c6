package dev.lede.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.html.ArticleHtmlException;
import dev.lede.html.PageImport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the metadata evaluation over fixtures written here, so it needs no shared folder. */
class MetadataEvaluationTest {
    private static final String BODY = "<p>The summit in Alaska brought two leaders together for talks that lasted"
            + " most of the day and ended without an agreement on any of the questions raised.</p>";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @Test
    void scoresTitleAuthorsAndDateAgainstTheFixtures(@TempDir Path corpus) throws IOException {
        page(corpus, "right", "<html><head><title>Talks in Alaska</title>"
                + "<meta property=\"article:published_time\" content=\"2016-12-09T09:13:00Z\">"
                + "<meta name=\"author\" content=\"Jane Doe\"></head><body><article><h1>Talks in Alaska</h1>"
                + BODY + "</article></body></html>");
        page(corpus, "wrong", "<html><head><title>Other words</title>"
                + "<meta name=\"author\" content=\"John Roe\"></head><body><article>" + BODY
                + "</article></body></html>");
        Files.writeString(corpus.resolve("expected.json"), "{"
                + "\"right\": {\"title\": \"Talks in Alaska\", \"authors\": [\"Jane Doe\"],"
                + " \"published\": \"2016-12-09T09:13:00.000Z\", \"url\": \"https://example.org/a\"},"
                + "\"wrong\": {\"title\": \"Talks in Alaska\", \"authors\": [\"Jane Doe\", \"Ann Poe\"],"
                + " \"published\": \"2016-12-10T09:13:00.000Z\", \"url\": \"https://example.org/b\"}}");

        int status = evaluate(corpus, (html, url) -> dev.lede.html.ArticleHtml.standard().importPage(html, url));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed).contains("2 pages, 2 with a title, 2 with authors, 2 with a date")
                // Precision: 1 on "right", 0 on "wrong"; recall: 1 and 0 of 2.
                .contains("| Lede | 0.500 (1/2) | 0.500 | 0.500 | 0.500 | 0.500 (1/2) | 0.500 (1/2) | 0.500 (1/2) | 0 | 0 |")
                .contains("| Readability4J |")
                .contains("- wrong: title \"Other words\" for \"Talks in Alaska\"; authors [John Roe] for [Jane Doe, Ann Poe];"
                        + " published none for 2016-12-10T09:13Z")
                .doesNotContain("- right:");
    }

    @Test
    void aDateOnlyValueAgreesWithTheFixturesLocalMidnightWrittenInUtc(@TempDir Path corpus) throws IOException {
        page(corpus, "tokyo", "<html><head><title>Talks</title>"
                + "<meta property=\"article:published_time\" content=\"2019-02-13T00:00:00+09:00\"></head>"
                + "<body><article><h1>Talks</h1>" + BODY + "</article></body></html>");
        Files.writeString(corpus.resolve("expected.json"), "{\"tokyo\": {\"title\": \"Talks\", \"authors\": [],"
                + " \"published\": \"2019-02-12T15:00:00.000Z\", \"url\": \"https://example.jp/a\"}}");

        evaluate(corpus, (html, url) -> dev.lede.html.ArticleHtml.standard().importPage(html, url));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("| 1.000 (1/1) | 1.000 (1/1) | 0 | 0 |");
    }

    @Test
    void aDateWithoutATimeAgreesWithTheFixturesLocalMidnightEastOfGreenwichButNotADayLater(@TempDir Path corpus)
            throws IOException {
        page(corpus, "kyoto", "<html><head><title>Talks</title>"
                + "<meta property=\"article:published_time\" content=\"2019-02-13\"></head>"
                + "<body><article><h1>Talks</h1>" + BODY + "</article></body></html>");
        page(corpus, "osaka", "<html><head><title>Talks</title>"
                + "<meta property=\"article:published_time\" content=\"2019-02-14\"></head>"
                + "<body><article><h1>Talks</h1>" + BODY + "</article></body></html>");
        Files.writeString(corpus.resolve("expected.json"), "{"
                + "\"kyoto\": {\"title\": \"Talks\", \"authors\": [], \"published\": \"2019-02-12T15:00:00.000Z\","
                + " \"url\": \"https://example.jp/a\"},"
                + "\"osaka\": {\"title\": \"Talks\", \"authors\": [], \"published\": \"2019-02-12T15:00:00.000Z\","
                + " \"url\": \"https://example.jp/b\"}}");

        evaluate(corpus, (html, url) -> dev.lede.html.ArticleHtml.standard().importPage(html, url));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("| 0.000 (0/2) | 0.500 (1/2) | 0 | 0 |")
                .contains("- osaka: published 2019-02-14T12:00Z for 2019-02-12T15:00Z").doesNotContain("- kyoto");
    }

    @Test
    void aLedeExceptionIsAFailureAndAnyOtherExceptionABug(@TempDir Path corpus) throws IOException {
        page(corpus, "broken", "<html><body>" + BODY + "</body></html>");
        Files.writeString(corpus.resolve("expected.json"), "{\"broken\": {\"title\": \"Broken\", \"authors\": [],"
                + " \"published\": null, \"url\": \"https://example.org/c\"}}");

        int failed = evaluate(corpus, (html, url) -> {
            throw new ArticleHtmlException("no article here", "body");
        });
        assertThat(failed).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("- broken: failed: no article here")
                .containsPattern("\\| Lede \\| 0\\.000 \\(0/1\\) .* \\| 1 \\| 0 \\|");

        int crashed = evaluate(corpus, (html, url) -> {
            throw new IllegalStateException("heuristic fell over");
        });
        assertThat(crashed).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("BUG: Lede threw java.lang.IllegalStateException on page broken");
    }

    @Test
    void anAbsentCorpusIsSkippedWithAMessage(@TempDir Path parent) {
        int status = new MetadataEvaluation(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8), Importers::lede)
                .run(parent.resolve("missing").toString(), false);

        assertThat(status).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("skipped").contains("missing");
    }

    private int evaluate(Path corpus, BiFunction<String, URI, PageImport> lede) {
        return new MetadataEvaluation(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8), lede).run(corpus.toString(), true);
    }

    private static void page(Path corpus, String name, String html) throws IOException {
        Files.createDirectories(corpus.resolve("pages"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("pages")
                .resolve(name + ".html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
