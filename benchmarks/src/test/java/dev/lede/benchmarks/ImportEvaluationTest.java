package dev.lede.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.html.ArticleHtmlException;
import dev.lede.html.PageImport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the evaluation over a two-page corpus written here, so it needs no shared folder. */
class ImportEvaluationTest {
    private static final String BODY = "<p>The summit in Alaska brought two leaders together for talks that lasted"
            + " most of the day and ended without an agreement on any of the questions raised.</p>"
            + "<p>Both sides said the conversation had been useful and that their advisers would meet again soon"
            + " to prepare a second round of talks in the spring.</p>";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @Test
    void printsTheOverallAndWorstPageTables(@TempDir Path corpus) throws IOException {
        page(corpus.resolve("good"), "<html><head><title>Talks in Alaska</title></head><body><article>"
                + "<h1>Talks in Alaska</h1>" + BODY + "</article></body></html>", "Talks in Alaska", true);
        page(corpus.resolve("other"), "<html><head><title>Other</title></head><body><article>" + BODY
                + "</article></body></html>", "Other", false);

        int status = evaluate(corpus.toString());

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed).contains("2 pages, 1 readerable")
                .containsPattern("\\| all 2 \\| Lede \\| [01]\\.\\d{3} \\| [01]\\.\\d{3} \\| [01]\\.\\d{3}"
                        + " \\| 100\\.0% \\(2/2\\)")
                .contains("| readerable 1 | Readability4J |")
                .containsPattern("\\| good \\| yes \\|")
                .containsPattern("\\| other \\| no \\|");
    }

    @Test
    void anAbsentCorpusIsSkippedWithAMessage(@TempDir Path parent) {
        int status = evaluate(parent.resolve("missing").toString());

        assertThat(status).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("skipped").contains("missing");
    }

    @Test
    void aLedeExceptionIsAReportedFailure(@TempDir Path corpus) throws IOException {
        page(corpus.resolve("broken"), "<html><body><p>x</p></body></html>", "Broken", true);

        int status = evaluate(corpus.toString(), html -> {
            throw new ArticleHtmlException("no article here", "body");
        });

        assertThat(status).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .containsPattern("\\| broken \\| yes \\| 0\\.000 \\| 0\\.000 \\| 0\\.000 \\|")
                .contains("Lede: no article here");
    }

    @Test
    void anyOtherExceptionFromLedeIsABugThatFailsTheRun(@TempDir Path corpus) throws IOException {
        page(corpus.resolve("crash"), "<html><body><p>x</p></body></html>", "Crash", true);

        int status = evaluate(corpus.toString(), html -> {
            throw new IllegalStateException("heuristic fell over");
        });

        assertThat(status).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("BUG: Lede threw java.lang.IllegalStateException on page crash")
                .contains("heuristic fell over");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Lede: BUG java.lang.IllegalStateException");
    }

    private int evaluate(String folder) {
        return evaluate(folder, Importers::lede);
    }

    private int evaluate(String folder, Function<String, PageImport> lede) {
        return new ImportEvaluation(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8), lede).run(new String[] {folder});
    }

    private static void page(Path folder, String source, String title, boolean readerable) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("source.html"), source);
        Files.writeString(folder.resolve("expected.html"), "<div id=\"readability-page-1\">" + BODY + "</div>");
        Files.writeString(folder.resolve("expected-metadata.json"),
                "{\"title\": \"" + title + "\", \"byline\": null, \"readerable\": " + readerable + "}");
    }
}
