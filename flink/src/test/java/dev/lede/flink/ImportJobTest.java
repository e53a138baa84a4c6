package dev.lede.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.flink.internal.ImportPipeline;
import dev.lede.flink.internal.SourceRecord;
import dev.lede.html.PageImporter;
import dev.lede.json.ArticleJson;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16: the import job on a local Flink MiniCluster of two task slots, at parallelism 2, over a WARC written
 * here with jwarc (see {@link TestCrawl}): every page's article equals what {@code importPage} gives called
 * directly, the counts add up, the error lines name the bad inputs, and neither a task retried in batch mode nor
 * a restore from a checkpoint in streaming mode duplicates or loses a line.
 */
class ImportJobTest {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2)
                    .build());

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PageImporter IMPORTER = PageImporter.builder()
            .maxInputLength(16 * 1024 * 1024).build();

    @TempDir
    static Path dir;

    private static TestCrawl crawl;
    /** What importPage gives for each page, called directly, by the page's key in {@link TestCrawl#pages}. */
    private static Map<String, Article> expected;

    @BeforeAll
    static void writeTheCrawl() throws IOException {
        crawl = TestCrawl.write(dir.resolve("input"));
        if (!crawl.readabilityCorpus) {
            System.out.println("ImportJobTest: the Readability pages were skipped: ../shared/corpora is absent"
                    + " (CI has it); " + TestCrawl.GENERATED + " generated pages stand in");
        }
        expected = new HashMap<>();
        crawl.pages.forEach((key, html) -> expected.put(key, TestCrawl.isFile(key) ? IMPORTER.importPage(html)
                .article() : IMPORTER.importPage(html, URI.create(key)).article()));
    }

    private static ImportOptions options(String output, String... more) {
        List<String> args = new ArrayList<>(List.of("--input", crawl.input.toString(), "--output",
                dir.resolve(output).toString(), "--parallelism", "2"));
        args.addAll(List.of(more));
        return ImportOptions.fromArgs(args.toArray(String[]::new));
    }

    /** Every line of the committed part files under {@code folder}; files starting with a dot are in progress. */
    private static List<JsonNode> lines(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<JsonNode> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList()) {
                assertThat(file.getFileName().toString()).matches("(articles|errors)-.*\\.jsonl");
                for (String line : Files.readAllLines(file)) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    /** A line's page: its address, or for an HTML file {@link TestCrawl#FILE} and its path in the input folder. */
    private static String key(JsonNode line) {
        if (line.has("url")) {
            return line.get("url").asString();
        }
        Path source = Path.of(new org.apache.flink.core.fs.Path(line.get("source").asString()).toUri().getPath());
        return TestCrawl.FILE + crawl.input.toAbsolutePath().relativize(source).toString().replace('\\', '/');
    }

    private static Map<String, Article> articles(List<JsonNode> lines) {
        Map<String, Article> articles = new HashMap<>();
        for (JsonNode line : lines) {
            Article previous = articles.put(key(line), ArticleJson.standard().read(line.get("article").toString()));
            assertThat(previous).as("one line for %s", key(line)).isNull();
        }
        return articles;
    }

    private static long skippedRecords() {
        return crawl.records - expected.size() - 4;
    }

    /** What every complete run writes and counts, whatever failed and was retried on the way. */
    private static void assertTheWholeCrawl(String output, ImportCounts counts) throws IOException {
        List<JsonNode> articleLines = lines(dir.resolve(output).resolve("articles"));
        Map<String, Article> articles = articles(articleLines);
        assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        articles.forEach((key, article) -> assertThat(article).as(key).isEqualTo(expected.get(key)));

        List<JsonNode> errorLines = lines(dir.resolve(output).resolve("errors"));
        assertThat(errorLines).hasSize(4);
        assertThat(counts.records()).isEqualTo(crawl.records);
        assertThat(counts.articles()).isEqualTo(expected.size());
        assertThat(counts.lines()).isEqualTo(articleLines.size());
        assertThat(counts.errors()).isEqualTo(errorLines.size());
        assertThat(counts.skipped()).isEqualTo(skippedRecords());
        assertThat(counts.addsUp()).isTrue();
    }

    @Test
    void everyPageIsImportedAsImportPageImportsItAndTheCountsAddUp() throws Exception {
        long start = System.nanoTime();
        ImportCounts counts = LedeImportJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                options("batch"));
        System.out.printf("ImportJobTest: %d records, %d pages at parallelism 2 in %d ms%n", crawl.records,
                expected.size(), (System.nanoTime() - start) / 1_000_000);

        assertTheWholeCrawl("batch", counts);
        // The warcinfo record, and a request before each WARC page (not the two HTML files), the PDF and the 404.
        long notResponse = 1 + (expected.size() - 2) + 2;
        assertThat(counts.skippedBy()).containsOnly(Map.entry("not-response", notResponse),
                Map.entry("not-html", 1L), Map.entry("redirect", 1L));
        assertThat(counts.errorsBy()).containsOnly(Map.entry("warc.http-status", 1L),
                Map.entry("warc.cut-by-crawler", 1L), Map.entry("warc.truncated", 1L),
                Map.entry("dev.lede.html.ArticleHtmlException", 1L));

        JsonNode seed = lines(dir.resolve("batch/articles")).stream()
                .filter(line -> TestCrawl.SEED_URL.equals(line.path("url").asString(""))).findFirst().orElseThrow();
        assertThat(seed.get("fetched").asString()).isEqualTo("2025-08-14T09:30:00Z");
        assertThat(seed.get("source").asString()).endsWith("crawl-0.warc.gz");
        assertThat(seed.get("offset").asLong()).isPositive();
        assertThat(seed.propertyNames()).containsExactly("url", "fetched", "source", "offset", "article");
        assertThat(articles(lines(dir.resolve("batch/articles"))).get(TestCrawl.CAFE_URL).metadata().title())
                .as("the HTTP charset, windows-1252, honoured").isEqualTo("Caf\u00e9 Society");
    }

    @Test
    void theErrorLinesNameTheBadInputs() throws Exception {
        LedeImportJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), options("errors"));

        Map<String, JsonNode> errors = lines(dir.resolve("errors/errors")).stream()
                .collect(Collectors.toMap(ImportJobTest::key, line -> line));
        assertThat(errors.keySet()).containsExactlyInAnyOrder(TestCrawl.GONE_URL, TestCrawl.CUT_URL,
                TestCrawl.EMPTY_URL, TestCrawl.FILE + "cut.warc");

        JsonNode gone = errors.get(TestCrawl.GONE_URL);
        assertThat(gone.get("code").asString()).isEqualTo("warc.http-status");
        assertThat(gone.get("reason").asString()).isEqualTo("HTTP status 404 Not Found");
        assertThat(gone.get("exception").asString()).isEqualTo("dev.lede.warc.WarcException");
        assertThat(gone.get("fetched").asString()).isEqualTo("2025-08-14T09:30:00Z");
        assertThat(gone.get("source").asString()).endsWith("crawl-0.warc.gz");
        assertThat(errors.get(TestCrawl.CUT_URL).get("reason").asString())
                .isEqualTo("the crawler kept only part of the page (WARC-Truncated: length)");
        JsonNode empty = errors.get(TestCrawl.EMPTY_URL);
        assertThat(empty.has("code")).isFalse();
        assertThat(empty.get("exception").asString()).isEqualTo("dev.lede.html.ArticleHtmlException");
        assertThat(empty.get("reason").asString()).isNotBlank();
        JsonNode cut = errors.get(TestCrawl.FILE + "cut.warc");
        assertThat(cut.get("code").asString()).isEqualTo("warc.truncated");
        assertThat(cut.get("offset").asLong()).isEqualTo(crawl.cutOffset);
        assertThat(cut.get("reason").asString()).startsWith("the file ends inside this record");
        assertThat(cut.propertyNames()).containsExactly("source", "offset", "code", "reason", "exception");
    }

    @Test
    void aTaskRetriedInBatchModeDuplicatesNothing() throws Exception {
        FailOnce.FAILURES.set(0);
        FailOnce.SEEN.set(0);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(restartOnce());
        ImportOptions options = options("retried");

        ImportPipeline.define(env, options, records -> records.map(new FailOnce()).name("Fail once"));
        JobExecutionResult result = env.execute("retried");

        assertThat(FailOnce.FAILURES.get()).as("the injected failure happened, once").isEqualTo(1);
        assertThat(FailOnce.SEEN.get()).as("the seed page read again by the retried task").isEqualTo(2);
        assertTheWholeCrawl("retried", ImportCounts.of(result));
    }

    @Test
    void aRestoreFromACheckpointDuplicatesNothingAndLosesNoCount() throws Exception {
        FailAfterCheckpoint.reset();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(restartOnce());
        ImportOptions options = options("restored", "--mode", "streaming", "--checkpoint-interval", "50 ms");

        long start = System.nanoTime();
        ImportPipeline.define(env, options, records -> records.map(new FailAfterCheckpoint()).name("Fail once"));
        JobExecutionResult result = env.execute("restored");
        System.out.printf("ImportJobTest: streaming with a restore in %d ms%n", (System.nanoTime() - start)
                / 1_000_000);

        assertThat(FailAfterCheckpoint.FAILURES.get()).as("the injected failure happened, once").isEqualTo(1);
        assertThat(FailAfterCheckpoint.RESTORED.get()).as("records counted by the checkpoint restored from")
                .isPositive();
        assertTheWholeCrawl("restored", ImportCounts.of(result));
    }

    @Test
    void markdownAndChunksGoUnderTheirOwnNames() throws Exception {
        Path pages = crawl.input.resolve("pages");
        ImportCounts md = LedeImportJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                ImportOptions.fromArgs("--input", pages.toString(), "--output", dir.resolve("md").toString(),
                        "--format", "md", "--parallelism", "2"));
        ImportCounts chunks = LedeImportJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                ImportOptions.fromArgs("--input", pages.resolve("a.html").toString(), "--output",
                        dir.resolve("chunks").toString(), "--format", "chunks"));

        List<JsonNode> markdown = lines(dir.resolve("md/articles"));
        assertThat(markdown).hasSize(2).allSatisfy(line -> {
            assertThat(line.propertyNames()).containsExactly("source", "markdown");
            assertThat(line.get("markdown").asString()).startsWith("---\ntitle: ");
        });
        assertThat(md.records()).isEqualTo(2);
        assertThat(md.articles()).isEqualTo(2);
        List<JsonNode> chunkLines = lines(dir.resolve("chunks/articles"));
        assertThat(chunks.articles()).isEqualTo(1);
        assertThat(chunks.lines()).isEqualTo(chunkLines.size());
        assertThat(chunkLines).allSatisfy(line -> assertThat(line.get("chunk").get("title").asString())
                .isEqualTo("Tide Tables"));
    }

    private static Configuration restartOnce() {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        return conf;
    }

    /** Throws on the seed page the first time it passes: the task fails, and Flink runs it again. */
    static final class FailOnce implements MapFunction<SourceRecord, SourceRecord> {
        static final AtomicInteger FAILURES = new AtomicInteger();
        static final AtomicInteger SEEN = new AtomicInteger();

        @Override
        public SourceRecord map(SourceRecord record) {
            if (TestCrawl.SEED_URL.equals(record.url()) && record.kind() == SourceRecord.Kind.PAGE) {
                SEEN.incrementAndGet();
                if (FAILURES.compareAndSet(0, 1)) {
                    throw new IllegalStateException("injected failure on the seed page");
                }
            }
            return record;
        }
    }

    /**
     * Slows its task down until a checkpoint covering some of its records has completed, then throws once, on the
     * next page: the task is restored from that checkpoint, past the records it covers. Counts what it passed in its own checkpointed
     * state, to show that the restore came from a checkpoint holding records.
     */
    static final class FailAfterCheckpoint implements MapFunction<SourceRecord, SourceRecord>, CheckpointListener,
            CheckpointedFunction {
        static final AtomicInteger FAILURES = new AtomicInteger();
        static final AtomicInteger CHECKPOINTS = new AtomicInteger();
        static final AtomicLong RESTORED = new AtomicLong();

        private transient ListState<Long> state;
        private transient Map<Long, Long> passedAt;
        private long passed;
        /** The records passed that the last completed checkpoint covers. */
        private long covered;

        static void reset() {
            FAILURES.set(0);
            CHECKPOINTS.set(0);
            RESTORED.set(0);
        }

        @Override
        public SourceRecord map(SourceRecord record) throws InterruptedException {
            if (FAILURES.get() == 0) {
                if (covered == 0) {
                    Thread.sleep(20);
                } else if (record.kind() == SourceRecord.Kind.PAGE && FAILURES.compareAndSet(0, 1)) {
                    throw new IllegalStateException("injected failure after a checkpoint");
                }
            }
            passed++;
            return record;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            CHECKPOINTS.incrementAndGet();
            covered = passedAt.getOrDefault(checkpointId, covered);
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws Exception {
            state.update(List.of(passed));
            passedAt.put(context.getCheckpointId(), passed);
        }

        @Override
        public void initializeState(FunctionInitializationContext context) throws Exception {
            state = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("passed", Types.LONG));
            passedAt = new HashMap<>();
            for (Long count : state.get()) {
                passed += count;
                RESTORED.addAndGet(count);
            }
        }
    }
}
