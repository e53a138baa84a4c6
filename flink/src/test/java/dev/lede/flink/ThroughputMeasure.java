package dev.lede.flink;

import dev.lede.cli.Lede;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The warm half of {@code flink/throughput.sh}: in one JVM, after one warm-up run of each, the job on a local
 * MiniCluster with as many slots as its parallelism (1, then 2) and {@code lede batch} in process (1 job, then
 * 2), each timed from its start to its end, with the CPU seconds the process spent and those the rest of the
 * machine spent meanwhile (from {@code /proc/stat}), so that a run disturbed by another load shows it.
 */
public final class ThroughputMeasure {
    private ThroughputMeasure() {}

    /**
     * Measures.
     *
     * @param args the crawl folder (as {@link ThroughputCrawl} writes it), and a scratch folder for the outputs
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Path crawl = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        System.out.println("warm-up: " + flink(crawl, scratch, 2).line() + "; " + batch(crawl, scratch, 2).line());
        for (int slots : List.of(1, 2)) {
            System.out.println("flink, parallelism " + slots + ": " + flink(crawl, scratch, slots).line());
        }
        for (int jobs : List.of(1, 2)) {
            System.out.println("lede batch, --jobs " + jobs + ": " + batch(crawl, scratch, jobs).line());
        }
    }

    /** One run: pages, wall seconds, this process's CPU seconds, and the CPU seconds of everything else. */
    record Run(long pages, double wall, double cpu, double others) {
        String line() {
            return String.format(Locale.ROOT, "%d pages in %.1f s, %.1f pages/s (CPU %.1f s, %.1f pages per CPU"
                    + " second; other processes %.1f CPU s)", pages, wall, pages / wall, cpu, pages / cpu, others);
        }
    }

    private static Run flink(Path crawl, Path scratch, int slots) throws Exception {
        Path out = clean(scratch.resolve("flink-" + slots));
        Meter meter = new Meter();
        ImportCounts counts = LedeImportJob.run(StreamExecutionEnvironment.createLocalEnvironment(slots),
                ImportOptions.fromArgs("--input", crawl.toString(), "--output", out.toString(), "--parallelism",
                        Integer.toString(slots)));
        return meter.stop(counts.articles());
    }

    private static Run batch(Path crawl, Path scratch, int jobs) throws IOException {
        Path out = clean(scratch.resolve("batch-" + jobs));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Meter meter = new Meter();
        int exit = Lede.run(new String[] {"batch", crawl.toString(), out.toString(), "--to", "json", "--jobs",
                Integer.toString(jobs)}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        String summary = stdout.toString(StandardCharsets.UTF_8).strip();
        if (exit != 0) {
            throw new IllegalStateException("lede batch failed: " + summary);
        }
        return meter.stop(Long.parseLong(summary.substring(0, summary.indexOf(' '))));
    }

    private static Path clean(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return folder;
    }

    /** Wall time, this process's CPU time and the machine's busy time, from its making to {@link #stop}. */
    private static final class Meter {
        private final long wall = System.nanoTime();
        private final long cpu = processCpu();
        private final double busy = machineBusy();

        Run stop(long pages) {
            double seconds = (System.nanoTime() - wall) / 1e9;
            double own = (processCpu() - cpu) / 1e9;
            return new Run(pages, seconds, own, machineBusy() - busy - own);
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** Seconds every CPU of the machine has been busy (user, nice, system, irq, softirq), or 0 off Linux. */
        private static double machineBusy() {
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long ticks = 0;
                for (int i : new int[] {1, 2, 3, 6, 7}) {
                    ticks += Long.parseLong(fields[i]);
                }
                return ticks / 100.0;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
