package dev.lede.benchmarks;

import dev.lede.Article;
import dev.lede.html.ArticleHtml;
import dev.lede.testing.ArticleGenerator;
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
 * Reading and rendering article HTML against jsoup: parsing the same string, and serialising the parsed
 * document. JMH state: one instance per trial, not shared between threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlBenchmarks {
    /** The input's name: the seed article or a size of its JSON (see {@link Inputs}). */
    @Param({"seed", "10KB", "100KB", "1MB", "10MB"})
    public String input;

    private final ArticleHtml articleHtml = ArticleHtml.builder().maxInputLength(Integer.MAX_VALUE).build();
    private Article article;
    private String html;
    private Document document;

    /** Generates the input and renders it once. */
    @Setup
    public void setUp() {
        article = Inputs.article(input, ArticleGenerator::forHtml);
        html = articleHtml.renderDocument(article);
        document = Jsoup.parse(html);
    }

    /**
     * The size of the input that every method here reads or writes.
     *
     * @return the rendered document's length in UTF-8 bytes
     */
    public int inputBytes() {
        return html.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Lede reads the rendered document back into an article.
     *
     * @return the article
     */
    @Benchmark
    public Article ledeRead() {
        return articleHtml.read(html);
    }

    /**
     * jsoup parses the same string: the floor for {@link #ledeRead()}.
     *
     * @return the document
     */
    @Benchmark
    public Document jsoupParse() {
        return Jsoup.parse(html);
    }

    /**
     * Lede renders the article as a document.
     *
     * @return the HTML
     */
    @Benchmark
    public String ledeRender() {
        return articleHtml.renderDocument(article);
    }

    /**
     * jsoup serialises the parsed document: the floor for {@link #ledeRender()}.
     *
     * @return the HTML
     */
    @Benchmark
    public String jsoupOuterHtml() {
        return document.outerHtml();
    }
}
