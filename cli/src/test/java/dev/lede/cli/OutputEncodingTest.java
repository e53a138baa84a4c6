package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.json.ArticleJson;
import dev.lede.testing.SeedArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, "lone surrogates": a title holding one was written to a file as a failure naming only "Input length =
 * 1", and to standard output as {@code ?}. The command line now encodes its output itself, strictly, as UTF-8:
 * a lone surrogate is a one-line error (exit 2) and nothing is written.
 */
class OutputEncodingTest {
    private static final String TITLE = SeedArticle.article().metadata().title();

    @TempDir
    Path dir;

    @Test
    void aLoneSurrogateIsNotWrittenToAFile() throws IOException {
        Path target = dir.resolve("out.html");

        assertThatThrownBy(() -> Io.writeAtomically(target, "<h1>a\ud800b</h1>", false))
                .isInstanceOf(CliException.class)
                .hasMessage(target + ": cannot be written: the text holds a lone surrogate (U+D800) at character 5,"
                        + " which UTF-8 cannot encode; nothing was written");
        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").isEmpty();
        }
    }

    @Test
    void aLoneSurrogateIsNotWrittenToStandardOutputAsAQuestionMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> io.writeText("-", "caf\u00e9 \udc00 \ud83d\ude00", false))
                .isInstanceOf(CliException.class)
                .hasMessage("standard output: cannot be written: the text holds a lone surrogate (U+DC00) at"
                        + " character 5, which UTF-8 cannot encode; nothing was written");
        assertThat(out.size()).isZero();
    }

    @Test
    void throughTheCommandLineALoneSurrogateIsOneLineAndNoOutput() throws IOException {
        // JSON can carry a lone surrogate as an escape. Whether the validator refuses it (exit 1) or the writer
        // does (exit 2), nothing may reach standard output, least of all a "?".
        Path file = dir.resolve("surrogate.json");
        String json = ArticleJson.standard().write(SeedArticle.article());
        Files.writeString(file, json.replaceFirst(Pattern.quote(TITLE), Matcher.quoteReplacement("Alaska \\ud800 x")));

        CliRun run = CliRun.of("convert", file.toString(), "--to", "json");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("Input length");
        if (run.exitCode() == 1) {
            // The validator's report: one line for the error, one for the verdict, each naming the file.
            assertThat(run.err()).contains("[text.lone-surrogate]");
            assertThat(run.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith(file.toString()));
        } else {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines().filter(line -> line.startsWith("lede: "))).hasSize(1);
        }
    }

    @Test
    void standardOutputIsUtf8WhateverTheStreamsCharset() throws IOException {
        // Java 17 prints in the platform's encoding, so under LANG=C every accented letter became "?".
        Article article = SeedArticle.article().withMetadata(SeedArticle.article().metadata()
                .withTitle("Caf\u00e9 \u2014 \u6771\u4eac \ud83d\ude00"));
        Path file = dir.resolve("accents.json");
        Files.writeString(file, ArticleJson.standard().write(article));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exitCode = Lede.run(new String[] {"convert", file.toString(), "--to", "json"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.US_ASCII),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exitCode).isZero();
        assertThat(ArticleJson.standard().read(out.toString(StandardCharsets.UTF_8))).isEqualTo(article);
    }
}
