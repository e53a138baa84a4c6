package dev.lede.benchmarks;

import dev.lede.html.PageImport;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Importing a web page, Lede against Readability4J on the same HTML. The pages are the seed page and, when
 * the runner finds the shared corpus, a few readability test pages (see {@link BenchmarkRunner}). JMH state:
 * one instance per trial, not shared between threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImportBenchmarks {
    /** The page: {@code seed} or a readability test page's folder name. */
    @Param({"seed"})
    public String page;

    private String html;

    /** Reads the page. */
    @Setup
    public void setUp() {
        html = Inputs.page(page);
    }

    /**
     * The size of the page.
     *
     * @return the page's length in UTF-8 bytes
     */
    public int inputBytes() {
        return html.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Lede imports the page.
     *
     * @return the import
     */
    @Benchmark
    public PageImport ledeImport() {
        return Importers.lede(html);
    }

    /**
     * Readability4J extracts the same page: the reference for {@link #ledeImport()}.
     *
     * @return its article
     */
    @Benchmark
    public net.dankito.readability4j.Article readability4j() {
        return Importers.readability4j(html);
    }
}
