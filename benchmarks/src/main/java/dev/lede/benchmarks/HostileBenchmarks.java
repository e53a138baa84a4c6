package dev.lede.benchmarks;

import dev.lede.html.PageImport;
import dev.lede.html.PageImporter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Importing the pages of {@link HostileShapes} at 100 KB and 1 MB, beside a bare jsoup parse of the same HTML:
 * time per MB that stays flat from one size to the next is linear behaviour. JMH state: one instance per trial,
 * not shared between threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HostileBenchmarks {
    private static final PageImporter IMPORTER = PageImporter.builder().maxInputLength(4 << 20).build();

    /** The shape, as {@link HostileShapes#parameter()} names it. */
    @Param({"ordinary", "jsonld-id-cycles", "unsafe-links", "long-aria-label", "duplicate-headings",
        "hidden-elements", "runs-of-br", "long-titles", "srcset-commas", "huge-rowspans"})
    public String shape;

    /** The size of the shape's repeated part: {@code 100KB} or {@code 1MB}. */
    @Param({"100KB", "1MB"})
    public String size;

    private String html;

    /** Generates the page. */
    @Setup
    public void setUp() {
        html = HostileShapes.of(shape).page(size.equals("1MB") ? 1 << 20 : 100 << 10);
    }

    /**
     * The name of this state's input in the report tables.
     *
     * @param shape the shape; not null
     * @param size the size; not null
     * @return such as {@code "hidden-elements 1MB"}
     */
    public static String input(String shape, String size) {
        return shape + " " + size;
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
        return IMPORTER.importPage(html, CorpusPage.PAGE_URL);
    }

    /**
     * jsoup parses the same page: the floor.
     *
     * @return the document
     */
    @Benchmark
    public Document jsoupParse() {
        return Jsoup.parse(html, CorpusPage.PAGE_URL.toString());
    }
}
