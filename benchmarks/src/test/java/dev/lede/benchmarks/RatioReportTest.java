package dev.lede.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioReportTest {
    private final List<Measurement> results = List.of(
            new Measurement("JsonBenchmarks.ledeRead", "1MB", 3000, 4 * 1024 * 1024),
            new Measurement("JsonBenchmarks.jacksonReadTree", "1MB", 2000, 2 * 1024 * 1024),
            new Measurement("JsonBenchmarks.validate", "1MB", 600, 0));

    @Test
    void aRatioDividesTheLedeTimeByTheFloorsOnTheSameInput() {
        assertThat(RatioReport.ratio(results, "JsonBenchmarks.ledeRead", "JsonBenchmarks.jacksonReadTree", "1MB"))
                .contains(1.5);
        assertThat(RatioReport.ratio(results, "JsonBenchmarks.validate", "JsonBenchmarks.ledeRead", "1MB"))
                .contains(0.2);
        assertThat(RatioReport.ratio(results, "JsonBenchmarks.ledeRead", "JsonBenchmarks.jacksonReadTree", "10KB"))
                .isEmpty();
    }

    @Test
    void theTablesShowRatiosTimePerMegabyteAndAllocationPerByte() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        RatioReport.print(results, Map.of("JsonBenchmarks", Map.of("1MB", 1024 * 1024)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("| JsonBenchmarks.ledeRead / jacksonReadTree | 1.50 |")
                .contains("| JsonBenchmarks.validate / ledeRead | 0.20 |")
                .contains("| JsonBenchmarks.ledeRead | 3.0 / 4.0 |");
    }

    @Test
    void hostileShapesGetATableOfTheirOwnInMillisecondsPerMegabyte() {
        List<Measurement> hostile = List.of(
                new Measurement("HostileBenchmarks.ledeImport", "hidden-elements 1MB", 40_000, 0),
                new Measurement("HostileBenchmarks.jsoupParse", "hidden-elements 1MB", 10_000, 0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        RatioReport.print(hostile, Map.of("HostileBenchmarks", Map.of("hidden-elements 1MB", 2 * 1024 * 1024)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("| hidden-elements 1MB | 20.0 | 5.0 | 4.0 |")
                .doesNotContain("| pair | hidden-elements 1MB");
    }
}
