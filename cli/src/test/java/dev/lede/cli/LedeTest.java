package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.html.ArticleHtml;
import dev.lede.json.ArticleJson;
import dev.lede.testing.ArticleGenerator;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LedeTest {
    private static final ArticleJson JSON = ArticleJson.builder().validate(false).build();
    private static final Path SEED_PAGE = Path.of("../examples/data/seed-page.html");
    private static final String SEED_PAGE_URL =
            "https://www.themagpost.com/post/us-russia-alaska-summit-prospects-and-pitfalls";

    @TempDir
    Path dir;

    private Path seedJson;

    @BeforeEach
    void writeSeedArticle() throws IOException {
        seedJson = dir.resolve("seed.json");
        Files.writeString(seedJson, JSON.write(SeedArticle.article()));
    }

    @Test
    void convertsJsonToAnHtmlFileThatReadsBackAsTheSameArticle() throws IOException {
        Path html = dir.resolve("seed.html");

        CliRun run = CliRun.of("convert", seedJson.toString(), "-o", html.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(ArticleHtml.standard().read(Files.readString(html))).isEqualTo(SeedArticle.article());
    }

    @Test
    void convertsHtmlFromStandardInputToJsonOnStandardOutput() {
        String html = ArticleHtml.standard().render(SeedArticle.article());

        CliRun run = CliRun.withInput(html, "convert", "-", "--from", "html", "--to", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.read(run.out())).isEqualTo(SeedArticle.article());
    }

    @Test
    void writesAWholePageWithPage() {
        CliRun run = CliRun.of("convert", seedJson.toString(), "--to", "page");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("<title>US-Russia Alaska Summit");
    }

    @Test
    void missingFileIsOneLineNamingItAndExitTwo() {
        Path missing = dir.resolve("missing.json");

        CliRun run = CliRun.of("convert", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lede: " + missing + ": no such file\n");
    }

    @Test
    void directoryWhereAFileBelongsIsOneLine() {
        CliRun run = CliRun.of("validate", dir.toString(), "--from", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lede: " + dir + ": is a directory, expected a file\n");
    }

    @Test
    void invalidJsonIsOneLineNamingTheFileWithItsPositionAndNoStackTrace() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"lede/1\", \"metadata\": {\"title\": 7}}");

        CliRun run = CliRun.of("convert", bad.toString());
        CliRun validated = CliRun.of("validate", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("lede: " + bad + ": ")
                .contains("/metadata/title");
        assertThat(validated.err().lines()).singleElement().asString().startsWith("lede: " + bad + ": ");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void verbosePrintsTheStackTrace() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{");

        CliRun run = CliRun.of("convert", bad.toString(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void bytesThatAreNotUtf8AreAnUnreadableEncoding() throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        CliRun run = CliRun.of("validate", latin1.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lede: " + latin1 + ": not UTF-8 text (unreadable encoding)\n");
    }

    @Test
    void anHtmlPageIsReadInTheEncodingItDeclaresWhereJsonMustBeUtf8() throws IOException {
        Path page = dir.resolve("latin1.html");
        Files.write(page, ("<html><head><meta charset=windows-1252><title>Caf\u00e9 society</title></head><body>"
                + "<article><h1>Caf\u00e9 society</h1><p>" + "A sentence about the caf\u00e9 on the square. ".repeat(5)
                + "</p></article></body></html>").getBytes(Charset.forName("windows-1252")));

        CliRun imported = CliRun.of("import", page.toString(), "--to", "json");
        CliRun converted = CliRun.of("convert", page.toString(), "--to", "json");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"Caf\u00e9 society\"").doesNotContain("\uFFFD");
        assertThat(converted.out()).contains("the caf\u00e9 on the square").doesNotContain("\uFFFD");
    }

    @Test
    void existingOutputIsNotOverwrittenWithoutForce() throws IOException {
        Path out = dir.resolve("out.html");
        Files.writeString(out, "keep me");

        CliRun refused = CliRun.of("convert", seedJson.toString(), "-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("lede: " + out + ": already exists (use --force to overwrite)\n");
        assertThat(Files.readString(out)).isEqualTo("keep me");

        CliRun forced = CliRun.of("convert", seedJson.toString(), "-o", out.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("<article");
        assertThat(leftoverTemporaryFiles()).isEmpty();
    }

    @Test
    void validateReportsAValidArticleWithExitZero() {
        CliRun run = CliRun.of("validate", seedJson.toString(), "--publishable");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(seedJson + ": valid (0 errors, 0 warnings)\n");
    }

    @Test
    void validateListsPathSeverityAndCodeAndExitsOne() throws IOException {
        Article broken = SeedArticle.article().withMetadata(SeedArticle.article().metadata().withTitle(" "));
        Path file = dir.resolve("broken.json");
        Files.writeString(file, JSON.write(broken));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + ": error   metadata.title: ").contains("[title.blank]")
                .endsWith(file + ": invalid (1 error, 0 warnings)\n");
    }

    @Test
    void convertRefusesAnInvalidArticleWithItsViolations() throws IOException {
        Article broken = SeedArticle.article().withMetadata(SeedArticle.article().metadata().withTitle(""));
        Path file = dir.resolve("broken.json");
        Files.writeString(file, JSON.write(broken));

        CliRun run = CliRun.of("convert", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("[title.blank]");
    }

    @Test
    void importsTheSeedPageToTheSeedArticleAndReportsTheChrome() {
        CliRun run = CliRun.of("import", SEED_PAGE.toString(), "--report", "--url", SEED_PAGE_URL);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.read(run.out())).isEqualTo(SeedArticle.article());
        assertThat(run.err()).contains("navigation").contains("comments").contains("rating").contains("related");
    }

    @Test
    void importReportSaysWhereEachMetadataFieldOfTheSeedPageCameFrom() {
        CliRun run = CliRun.of("import", SEED_PAGE.toString(), "--report", "--url", SEED_PAGE_URL);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> provenance = run.err().lines().filter(line -> line.startsWith(SEED_PAGE + ": provenance "))
                .map(line -> line.substring(SEED_PAGE.toString().length() + 2)).toList();
        assertThat(provenance).hasSize(4);
        assertThat(provenance.get(0)).as("the visible h1, which the stated titles repeat, beats them")
                .contains("provenance title = h1 ")
                .contains("> h1.H3vOVf \"US-Russia Alaska Summit: Prospects and Pitfalls\"")
                .contains("; beat json-ld headline \"US-Russia Alaska Summit: Prospects and Pitfalls\"")
                .contains("open-graph og:title ")
                .contains("title-element title, site name removed (inferred) \"US-Russia Alaska Summit: Prospects and"
                        + " Pitfalls\"")
                .endsWith("title-element title \"US-Russia Alaska Summit: Prospects and Pitfalls | THE MAG POST\"");
        assertThat(provenance.subList(1, 4)).containsExactly(
                "provenance published = json-ld datePublished \"2025-08-14T09:00Z\"; beat open-graph"
                        + " article:published_time \"2025-08-14T09:00Z\"",
                "provenance language = html-lang html lang \"en\"",
                "provenance hero image = json-ld image"
                        + " \"https://www.themagpost.com/images/us-russia-alaska-summit.jpg\"; beat open-graph og:image"
                        + " \"https://www.themagpost.com/images/us-russia-alaska-summit.jpg\"");
    }

    @Test
    void outlineOfTheImportedSeedPageShowsItsTreeAndThatItIsPublishable() {
        CliRun run = CliRun.of("import", SEED_PAGE.toString(), "--url", SEED_PAGE_URL, "--to", "outline");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst()).hasValue("US-Russia Alaska Summit: Prospects and Pitfalls");
        assertThat(run.out())
                .contains("THE MAG POST · ")
                .contains("hero: US-Russia Alaska summit")
                .contains("  § Alaska as Venue in the US-Russia Alaska Summit  #alaska-as-venue-in-the-us-russia-alaska-summit")
                .contains("    § Geography as Stage  #geography-as-stage  (2 Paragraph)")
                .contains("(2 Paragraph, 1 SummaryTable)")
                .contains("note (editorial): Important Editorial Note")
                .endsWith("publishable: yes\n");
    }

    @Test
    void batchConvertsFiftyFilesAndListsTheOneCorruptFile() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path out = dir.resolve("out");
        ArticleGenerator generator = ArticleGenerator.forHtml(3);
        for (int i = 0; i < 50; i++) {
            String name = String.format("article-%02d.json", i);
            Files.writeString(in.resolve(name), i == 25 ? "{\"format\": \"lede/1\", " : JSON.write(generator.next()));
        }

        CliRun run = CliRun.of("batch", in.toString(), out.toString(), "--to", "html", "--jobs", "4");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("49 converted, 1 failed, 0 skipped\n");
        assertThat(run.err()).contains("lede: " + in.resolve("article-25.json") + ": ");
        assertThat(run.err().lines().filter(line -> line.startsWith("[")).count()).isEqualTo(50);
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted().toList())
                    .hasSize(49).contains("article-00.html", "article-49.html").doesNotContain("article-25.html");
        }
        assertThat(leftoverTemporaryFiles()).isEmpty();
    }

    @Test
    void batchSkipsExistingOutputsUnlessForced() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.copy(seedJson, in.resolve("a.json"));
        Files.copy(seedJson, in.resolve("b.json"));
        Files.writeString(out.resolve("a.html"), "old");

        CliRun skipped = CliRun.of("batch", in.toString(), out.toString(), "--to", "html");
        assertThat(skipped.exitCode()).isZero();
        assertThat(skipped.out()).isEqualTo("1 converted, 0 failed, 1 skipped\n");
        assertThat(Files.readString(out.resolve("a.html"))).isEqualTo("old");

        CliRun forced = CliRun.of("batch", in.toString(), out.toString(), "--to", "html", "--force");
        assertThat(forced.out()).isEqualTo("2 converted, 0 failed, 0 skipped\n");
        assertThat(Files.readString(out.resolve("a.html"))).startsWith("<article");
    }

    @Test
    void batchImportsWholePages() throws IOException {
        Path in = Files.createDirectory(dir.resolve("pages"));
        Files.copy(SEED_PAGE, in.resolve("seed.html"));
        Path out = dir.resolve("articles");

        CliRun run = CliRun.of("batch", in.toString(), out.toString(), "--to", "json", "--import");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // A batch knows no page addresses, so the page's relative hero address stays relative.
        Article expected = SeedArticle.article().withHero(SeedArticle.article().hero().map(hero -> new Figure(
                new Image("/images/us-russia-alaska-summit.jpg", hero.image().alt(), hero.image().width(),
                        hero.image().height()), hero.caption(), hero.credit())));
        assertThat(JSON.read(Files.readString(out.resolve("seed.json")))).isEqualTo(expected);
    }

    @Test
    void importAndBatchImportWriteTheSameArticleForTheSamePage() throws IOException {
        // A gallery list of images only and a ragged table: the importer repairs both, for either command.
        String page = "<html><head><title>Match report</title></head><body><article><h1>Match report</h1>"
                + "<p>The home side won the match after a long and even first half.</p>"
                + "<ul><li><img src=/a.jpg></li><li><a href=/b><img src=/b.jpg></a></li></ul>"
                + "<table><tr><th>Team<th>Goals<tr><td>Home<td>2<tr><td>Away</table></article></body></html>";
        Path in = Files.createDirectory(dir.resolve("pages"));
        Files.writeString(in.resolve("match.html"), page);
        Path out = dir.resolve("articles");

        CliRun imported = CliRun.of("import", in.resolve("match.html").toString(), "--report");
        CliRun batch = CliRun.of("batch", in.toString(), out.toString(), "--to", "json", "--import");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("repaired at lead[1]: list-item.blank", "repaired at lead[2]: table.row-width");
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.out()).isEqualTo("1 converted, 0 failed, 0 skipped\n");
        assertThat(Files.readString(out.resolve("match.json"))).isEqualTo(imported.out());
    }

    @Test
    void batchNeedsAnInputDirectory() {
        CliRun run = CliRun.of("batch", seedJson.toString(), dir.resolve("out").toString(), "--to", "html");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lede: " + seedJson + ": is not a directory\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "validate", "import", "batch"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Usage: lede " + command);
    }

    @Test
    void versionIsTheProjectVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("lede 0.1.0-SNAPSHOT\n");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a command is required");
    }

    /** Issue 12: an unexpected exception from below the command line was a stack trace and exit 1. */
    @Test
    void anUnexpectedExceptionIsOneLineAndExitTwo() {
        CliRun run = CliRun.withStream(failing(new IllegalStateException("boom\nsecond line")), "validate", "-",
                "--from", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lede: unexpected java.lang.IllegalStateException: boom (a bug in Lede;"
                + " --verbose prints its stack trace)\n");
    }

    /** Issue 12: a bug stays diagnosable. */
    @Test
    void anUnexpectedExceptionHasItsStackTraceWithVerbose() {
        CliRun run = CliRun.withStream(failing(new IllegalStateException("boom")), "import", "-", "--verbose");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("lede: unexpected java.lang.IllegalStateException: boom")
                .contains("\tat ");
    }

    /** Issue 12: errors that hostile input can cause get one line too, not a trace from the JVM. */
    @Test
    void aStackOverflowOrOutOfMemoryIsOneLine() {
        CliRun overflow = CliRun.withStream(failing(new StackOverflowError()), "import", "-");
        CliRun memory = CliRun.withStream(failing(new OutOfMemoryError("Java heap space")), "import", "-");

        assertThat(overflow.exitCode()).isEqualTo(2);
        assertThat(overflow.err()).isEqualTo("lede: unexpected java.lang.StackOverflowError (a bug in Lede; --verbose"
                + " prints its stack trace)\n");
        assertThat(memory.exitCode()).isEqualTo(2);
        assertThat(memory.err()).isEqualTo("lede: out of memory; lower --max-input or give Java more heap"
                + " (JAVA_TOOL_OPTIONS=-Xmx4g)\n");
    }

    /** Issue 12: usage errors were the message and the whole usage text. */
    @Test
    void aUsageErrorIsOneLine() {
        CliRun run = CliRun.of("convert", "--to", "json", "--frobnicate", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lede: Unknown option: '--frobnicate' (see 'lede convert --help')\n");
    }

    private static InputStream failing(Throwable failure) {
        return new InputStream() {
            @Override
            public int read() {
                throw sneaky(failure);
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                throw sneaky(failure);
            }
        };
    }

    private static RuntimeException sneaky(Throwable failure) {
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        return (RuntimeException) failure;
    }

    private List<Path> leftoverTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
