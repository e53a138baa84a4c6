package dev.lede.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with the GC profiler and prints the ratio and scaling tables of {@link RatioReport}.
 *
 * <p>Usage, from the repository root (the seed page and the corpus are found from there):
 * {@code java -jar benchmarks/target/benchmarks.jar [--short] [regex]}. {@code --short} runs one fork of
 * three 0.4-second iterations after four warm-up ones, in under five minutes (the longer warm-up lets the JIT
 * compile the reading paths before they are timed); the full mode runs two forks of five
 * two-second iterations after five one-second warm-ups. The optional regex narrows the benchmarks run, as
 * JMH's own include pattern. Page imports use the seed page and, when
 * {@code ../shared/corpora/readability-test-pages} is there, {@link #CORPUS_PAGES}.
 *
 * <p>Not thread-safe; run it once per JVM.
 */
public final class BenchmarkRunner {
    /** The readability test pages imported when the corpus is present. */
    public static final List<String> CORPUS_PAGES = List.of("ars-1", "medium-1", "nytimes-1", "wikipedia");

    private BenchmarkRunner() {}

    /**
     * Runs the benchmarks and prints the tables.
     *
     * @param args {@code --short} and an include regex, both optional; not null
     * @throws RunnerException when JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        boolean quick = Arrays.asList(args).contains("--short");
        String include = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst()
                .orElse(BenchmarkRunner.class.getPackageName() + ".*Benchmarks.*");
        List<String> pages = new ArrayList<>(List.of(Inputs.SEED));
        if (CorpusPage.folder(null).isPresent()) {
            pages.addAll(CORPUS_PAGES);
        } else {
            System.out.println("The corpus ../shared/corpora/" + CorpusPage.FOLDER
                    + " is absent: page imports use the seed page only.");
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .param("page", pages.toArray(String[]::new))
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend("-Xmx4g")
                .shouldFailOnError(true);
        if (quick) {
            options.forks(1).warmupIterations(4).warmupTime(TimeValue.milliseconds(400))
                    .measurementIterations(3).measurementTime(TimeValue.milliseconds(400));
        } else {
            options.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2));
        }
        Collection<RunResult> runs = new Runner(options.build()).run();
        List<Measurement> results = new ArrayList<>();
        for (RunResult run : runs) {
            String label = run.getParams().getBenchmark();
            String benchmark = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
            String input = benchmark.startsWith("HostileBenchmarks")
                    ? HostileBenchmarks.input(run.getParams().getParam("shape"), run.getParams().getParam("size"))
                    : run.getParams().getParam(benchmark.startsWith("ImportBenchmarks") ? "page" : "input");
            Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
            double micros = run.getPrimaryResult().getScore()
                    * TimeUnit.NANOSECONDS.convert(1, run.getParams().getTimeUnit()) / 1000.0;
            results.add(new Measurement(benchmark, input, micros,
                    allocation == null ? Double.NaN : allocation.getScore()));
        }
        PrintStream out = System.out;
        out.println();
        RatioReport.print(results, inputSizes(results, pages), out);
    }

    private static Map<String, Map<String, Integer>> inputSizes(List<Measurement> results, List<String> pages) {
        Map<String, Map<String, Integer>> sizes = new LinkedHashMap<>();
        for (Measurement m : results) {
            String benchmarkClass = m.benchmark().substring(0, m.benchmark().indexOf('.'));
            sizes.computeIfAbsent(benchmarkClass, c -> new LinkedHashMap<>())
                    .computeIfAbsent(m.input(), input -> size(benchmarkClass, input));
        }
        return sizes;
    }

    private static int size(String benchmarkClass, String input) {
        switch (benchmarkClass) {
            case "JsonBenchmarks":
                JsonBenchmarks json = new JsonBenchmarks();
                json.input = input;
                json.setUp();
                return json.inputBytes();
            case "HtmlBenchmarks":
                HtmlBenchmarks html = new HtmlBenchmarks();
                html.input = input;
                html.setUp();
                return html.inputBytes();
            case "MarkdownBenchmarks":
                MarkdownBenchmarks markdown = new MarkdownBenchmarks();
                markdown.input = input;
                markdown.setUp();
                return markdown.inputBytes();
            case "ImportBenchmarks":
                ImportBenchmarks page = new ImportBenchmarks();
                page.page = input;
                page.setUp();
                return page.inputBytes();
            case "HostileBenchmarks":
                HostileBenchmarks hostile = new HostileBenchmarks();
                hostile.shape = input.substring(0, input.indexOf(' '));
                hostile.size = input.substring(input.indexOf(' ') + 1);
                hostile.setUp();
                return hostile.inputBytes();
            default:
                throw new IllegalArgumentException("unknown benchmark class " + benchmarkClass);
        }
    }
}
