package dev.lede.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.testing.ArticleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each benchmark method runs once and returns a result, so the build proves the benchmarks still work. */
class BenchmarksSmokeTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed", "10KB"})
    void jsonBenchmarksRun(String input) {
        JsonBenchmarks state = new JsonBenchmarks();
        state.input = input;
        state.setUp();

        assertThat(state.ledeRead()).isNotNull();
        assertThat(state.jacksonReadTree()).isNotNull();
        assertThat(state.ledeWrite()).isNotEmpty();
        assertThat(state.jacksonWriteTree()).isNotEmpty();
        assertThat(state.validate().errors()).isEmpty();
        assertThat(state.inputBytes()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "10KB"})
    void htmlBenchmarksRun(String input) {
        HtmlBenchmarks state = new HtmlBenchmarks();
        state.input = input;
        state.setUp();

        assertThat(state.ledeRead()).isNotNull();
        assertThat(state.jsoupParse()).isNotNull();
        assertThat(state.ledeRender()).isNotEmpty();
        assertThat(state.jsoupOuterHtml()).isNotEmpty();
        assertThat(state.inputBytes()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "10KB"})
    void markdownBenchmarksRun(String input) {
        MarkdownBenchmarks state = new MarkdownBenchmarks();
        state.input = input;
        state.setUp();

        // What Lede writes it reads back, and commonmark's floors work on the same text.
        assertThat(state.ledeRead()).isEqualTo(Inputs.article(input, ArticleGenerator::forMarkdown));
        assertThat(state.commonmarkParse().getFirstChild()).isNotNull();
        assertThat(state.ledeWrite()).isNotEmpty();
        assertThat(state.commonmarkRender()).isNotEmpty();
        assertThat(state.inputBytes()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed"})
    void importBenchmarksRun(String page) {
        ImportBenchmarks state = new ImportBenchmarks();
        state.page = page;
        state.setUp();

        assertThat(state.ledeImport().article().plainText()).isNotBlank();
        assertThat(state.readability4j().getArticleContent()).isNotNull();
        assertThat(state.inputBytes()).isPositive();
    }

    @Test
    void hostileBenchmarksRunOnEveryShape() {
        for (String shape : HostileShapes.names()) {
            HostileBenchmarks state = new HostileBenchmarks();
            state.shape = shape;
            state.size = "100KB";
            state.setUp();

            assertThat(state.inputBytes()).as(shape).isGreaterThan(100 << 10);
            assertThat(state.ledeImport().article().plainText()).as(shape).contains("prose of an article");
            assertThat(state.jsoupParse().body()).as(shape).isNotNull();
        }
    }
}
