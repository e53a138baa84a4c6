package dev.lede.benchmarks;

import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prints benchmark results as Markdown tables: the ratio of each Lede operation to its floor on the same input,
 * and how the Lede operations scale (time per MB of input, bytes allocated per input byte). Stateless and
 * thread-safe.
 */
public final class RatioReport {
    /** Each Lede benchmark and the floor it is divided by, in the order printed. */
    public static final Map<String, String> PAIRS = pairs();
    /** The prefix of the hostile-shape benchmarks, which get a table of their own. */
    private static final String HOSTILE = "HostileBenchmarks.";

    private RatioReport() {}

    private static Map<String, String> pairs() {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("JsonBenchmarks.ledeRead", "JsonBenchmarks.jacksonReadTree");
        pairs.put("JsonBenchmarks.ledeWrite", "JsonBenchmarks.jacksonWriteTree");
        pairs.put("JsonBenchmarks.validate", "JsonBenchmarks.ledeRead");
        pairs.put("HtmlBenchmarks.ledeRead", "HtmlBenchmarks.jsoupParse");
        pairs.put("HtmlBenchmarks.ledeRender", "HtmlBenchmarks.jsoupOuterHtml");
        pairs.put("MarkdownBenchmarks.ledeRead", "MarkdownBenchmarks.commonmarkParse");
        pairs.put("MarkdownBenchmarks.ledeWrite", "MarkdownBenchmarks.commonmarkRender");
        pairs.put("ImportBenchmarks.ledeImport", "ImportBenchmarks.readability4j");
        return Collections.unmodifiableMap(pairs);
    }

    /**
     * The time of a benchmark divided by the time of its floor on the same input.
     *
     * @param results the measurements; not null
     * @param lede the Lede benchmark; not null
     * @param floor the floor benchmark; not null
     * @param input the input; not null
     * @return the ratio, or empty when either was not measured
     */
    public static Optional<Double> ratio(List<Measurement> results, String lede, String floor, String input) {
        Optional<Measurement> numerator = find(results, lede, input);
        Optional<Measurement> denominator = find(results, floor, input);
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(numerator.get().microsPerOp() / denominator.get().microsPerOp());
    }

    /**
     * Prints the ratio table and the scaling table.
     *
     * @param results the measurements; not null
     * @param inputBytes each benchmark class's input sizes, keyed by class simple name and then input; not null
     * @param out where to print; not null
     */
    public static void print(List<Measurement> results, Map<String, Map<String, Integer>> inputBytes,
            PrintStream out) {
        List<Measurement> hostile = results.stream().filter(m -> m.benchmark().startsWith(HOSTILE)).toList();
        Set<String> inputs = new LinkedHashSet<>();
        results.stream().filter(m -> !hostile.contains(m)).forEach(m -> inputs.add(m.input()));
        out.println("Ratios lede/floor (average time per call; below 1 means Lede is faster):");
        out.println();
        out.println("| pair | " + String.join(" | ", inputs) + " |");
        out.println("|---|" + "---|".repeat(inputs.size()));
        PAIRS.forEach((lede, floor) -> {
            StringBuilder row = new StringBuilder("| " + lede + " / " + floor.substring(floor.indexOf('.') + 1));
            for (String input : inputs) {
                row.append(" | ").append(ratio(results, lede, floor, input)
                        .map(r -> String.format(Locale.ROOT, "%.2f", r)).orElse(""));
            }
            out.println(row.append(" |"));
        });
        out.println();
        out.println("Scaling: milliseconds per MB of input / bytes allocated per input byte:");
        out.println();
        out.println("| benchmark | " + String.join(" | ", inputs) + " |");
        out.println("|---|" + "---|".repeat(inputs.size()));
        Set<String> benchmarks = new LinkedHashSet<>();
        results.stream().filter(m -> !hostile.contains(m)).forEach(m -> benchmarks.add(m.benchmark()));
        for (String benchmark : benchmarks) {
            Map<String, Integer> sizes = inputBytes.getOrDefault(benchmark.substring(0, benchmark.indexOf('.')),
                    Map.of());
            StringBuilder row = new StringBuilder("| " + benchmark);
            for (String input : inputs) {
                row.append(" | ");
                Optional<Measurement> m = find(results, benchmark, input);
                Integer bytes = sizes.get(input);
                if (m.isPresent() && bytes != null) {
                    double megabytes = bytes / (1024.0 * 1024.0);
                    row.append(String.format(Locale.ROOT, "%.1f / %.1f", m.get().microsPerOp() / 1000 / megabytes,
                            m.get().bytesPerOp() / bytes));
                }
            }
            out.println(row.append(" |"));
        }
        out.println();
        if (!hostile.isEmpty()) {
            printHostile(hostile, inputBytes.getOrDefault(HOSTILE.substring(0, HOSTILE.length() - 1), Map.of()), out);
        }
        out.println("Input sizes in bytes: " + inputBytes);
    }

    /** One row per hostile page: the import's and jsoup's milliseconds per MB, and their ratio. */
    private static void printHostile(List<Measurement> hostile, Map<String, Integer> inputBytes, PrintStream out) {
        out.println("Hostile shapes: milliseconds per MB of page, Lede's import and jsoup's parse, and their ratio:");
        out.println();
        out.println("| page | import ms/MB | jsoup parse ms/MB | ratio |");
        out.println("|---|---|---|---|");
        Set<String> pages = new LinkedHashSet<>();
        hostile.forEach(m -> pages.add(m.input()));
        for (String page : pages) {
            double megabytes = inputBytes.getOrDefault(page, 0) / (1024.0 * 1024.0);
            Optional<Measurement> lede = find(hostile, HOSTILE + "ledeImport", page);
            Optional<Measurement> jsoup = find(hostile, HOSTILE + "jsoupParse", page);
            out.println("| " + page + " | " + perMegabyte(lede, megabytes) + " | " + perMegabyte(jsoup, megabytes)
                    + " | " + ratio(hostile, HOSTILE + "ledeImport", HOSTILE + "jsoupParse", page)
                            .map(r -> String.format(Locale.ROOT, "%.1f", r)).orElse("") + " |");
        }
        out.println();
    }

    private static String perMegabyte(Optional<Measurement> measurement, double megabytes) {
        return measurement.filter(m -> megabytes > 0)
                .map(m -> String.format(Locale.ROOT, "%.1f", m.microsPerOp() / 1000 / megabytes)).orElse("");
    }

    private static Optional<Measurement> find(List<Measurement> results, String benchmark, String input) {
        return results.stream().filter(m -> m.benchmark().equals(benchmark) && m.input().equals(input)).findFirst();
    }
}
