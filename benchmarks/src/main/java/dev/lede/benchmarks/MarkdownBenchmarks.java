package dev.lede.benchmarks;

import dev.lede.Article;
import dev.lede.markdown.ArticleMarkdown;
import dev.lede.testing.ArticleGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Markdown reading and writing against their floors: commonmark-java parsing the same text (with the GFM
 * tables extension, as Lede's reader does) and commonmark's own {@code MarkdownRenderer} writing that parsed
 * document back. JMH state: one instance per trial, not shared between threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBenchmarks {
    /** The input's name: the seed article or a size of its JSON (see {@link Inputs}). */
    @Param({"seed", "10KB", "100KB", "1MB", "10MB"})
    public String input;

    private final ArticleMarkdown markdown = ArticleMarkdown.builder().maxInputLength(Integer.MAX_VALUE).build();
    private final List<Extension> extensions = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final MarkdownRenderer renderer = MarkdownRenderer.builder().extensions(extensions).build();
    private Article article;
    private String text;
    private Node document;

    /** Generates the input, within what Markdown holds. */
    @Setup
    public void setUp() {
        article = Inputs.article(input, ArticleGenerator::forMarkdown);
        text = markdown.write(article);
        document = parser.parse(text);
    }

    /**
     * The size of the Markdown that every method here reads or writes.
     *
     * @return its length in bytes of UTF-8
     */
    public int inputBytes() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Lede reads the Markdown into an article, without validation.
     *
     * @return the article
     */
    @Benchmark
    public Article ledeRead() {
        return markdown.read(text);
    }

    /**
     * commonmark parses the same text into its node tree: the floor for {@link #ledeRead()}.
     *
     * @return the document node
     */
    @Benchmark
    public Node commonmarkParse() {
        return parser.parse(text);
    }

    /**
     * Lede writes the article as Markdown.
     *
     * @return the Markdown
     */
    @Benchmark
    public String ledeWrite() {
        return markdown.write(article);
    }

    /**
     * commonmark's {@code MarkdownRenderer} writes the parsed document of the same text: the floor for
     * {@link #ledeWrite()}.
     *
     * @return the Markdown
     */
    @Benchmark
    public String commonmarkRender() {
        return renderer.render(document);
    }
}
