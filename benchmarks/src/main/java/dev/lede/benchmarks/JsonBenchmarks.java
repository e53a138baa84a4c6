package dev.lede.benchmarks;

import dev.lede.Article;
import dev.lede.testing.ArticleGenerator;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON reading, writing and validation against their floors: Jackson reading the same bytes into a tree,
 * Jackson writing that tree, and the JSON read of the same article. JMH state: one instance per trial, not
 * shared between threads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmarks {
    /** The input's name: the seed article or a size (see {@link Inputs}). */
    @Param({"seed", "10KB", "100KB", "1MB", "10MB"})
    public String input;

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ArticleValidator validator = ArticleValidator.standard();
    private Article article;
    private byte[] json;
    private JsonNode tree;

    /** Generates the input. */
    @Setup
    public void setUp() {
        article = Inputs.article(input, ArticleGenerator::of);
        json = Inputs.JSON.write(article).getBytes(StandardCharsets.UTF_8);
        tree = mapper.readTree(json);
    }

    /**
     * The size of the input that every method here reads or writes.
     *
     * @return the JSON's length in bytes
     */
    public int inputBytes() {
        return json.length;
    }

    /**
     * Lede reads the JSON into an article, without validation.
     *
     * @return the article
     */
    @Benchmark
    public Article ledeRead() {
        return Inputs.JSON.read(json);
    }

    /**
     * Jackson reads the same bytes into a tree: the floor for {@link #ledeRead()}.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode jacksonReadTree() {
        return mapper.readTree(json);
    }

    /**
     * Lede writes the article as JSON.
     *
     * @return the JSON
     */
    @Benchmark
    public String ledeWrite() {
        return Inputs.JSON.write(article);
    }

    /**
     * Jackson writes the tree of the same JSON: the floor for {@link #ledeWrite()}.
     *
     * @return the JSON
     */
    @Benchmark
    public String jacksonWriteTree() {
        return mapper.writeValueAsString(tree);
    }

    /**
     * The validator checks the article; compared with {@link #ledeRead()} of the same article.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(article);
    }
}
