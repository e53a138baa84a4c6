package dev.lede.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.NoteKind;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's usage snippet, verbatim between the markers, so the README cannot drift from the code. */
class ReadmeExampleTest {
    @Test
    void usageSnippetCompilesAndRuns() {
        // README:begin
        Article article = Article.builder()
            .title("US-Russia Alaska Summit: Prospects and Pitfalls")
            .publisher("THE MAG POST")
            .published(OffsetDateTime.parse("2025-08-14T09:00:00Z"))
            .hero("https://example.org/alaska.jpg", "US-Russia Alaska summit",
                  "US-Russia Alaska Summit: Prospects and Pitfalls (ai representative image)")
            .lead("Two leaders, a remote Arctic setting, and a moment when two nuclear powers test diplomacy.")
            .section("Alaska as Venue", s -> s
                .paragraph("Alaska’s chill and vastness offer a rare neutrality.")
                .section("Geography as Stage", g -> g.paragraph("Proximity can intensify both risk and opportunity.")))
            .note(NoteKind.EDITORIAL, "Important Editorial Note", "The views shared here are the author’s own.")
            .build();

        ValidationReport report = ArticleValidator.standard().validatePublishable(article);
        report.throwIfInvalid();

        article.section("geography-as-stage").orElseThrow().heading().plainText(); // "Geography as Stage"
        article.readingTime();                                                    // PT1M
        // README:end

        assertThat(report.isValid()).isTrue();
        assertThat(article.section("geography-as-stage").orElseThrow().heading().plainText())
                .isEqualTo("Geography as Stage");
        assertThat(article.readingTime()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void readmeShowsExactlyThisSnippet() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String usage = readme.substring(readme.indexOf("## Usage"));
        String readmeSnippet = usage.substring(usage.indexOf("```java\n") + 8, usage.indexOf("```\n", usage.indexOf("```java") + 7));
        String test = Files.readString(Path.of("src/test/java/dev/lede/examples/ReadmeExampleTest.java"));
        String testSnippet = test.substring(test.indexOf("// README:begin\n") + 16, test.indexOf("        // README:end"));

        assertThat(lines(readmeSnippet)).isEqualTo(lines(testSnippet));
    }

    private static List<String> lines(String code) {
        return code.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
