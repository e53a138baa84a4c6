package dev.lede.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The core README's diff snippet, verbatim between the markers, so the README cannot drift from the code. */
class ReadmeExampleTest {
    @Test
    void diffSnippetRunsAndPrintsWhatTheReadmeShows() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // README:begin
            Article expected = Article.builder()
                .title("US-Russia Alaska Summit")
                .section("Alaska as Venue", s -> s
                    .section("Domestic Signals", g -> g.paragraph("Each leader speaks to audiences at home.")))
                .build();
            Article actual = Article.builder()
                .title("US-Russia Alaska Summit")
                .section("Alaska as Venue", s -> s
                    .section("Domestic signals", g -> g.paragraph("Each leader speaks to audiences at home.")))
                .build();

            ArticleDiff diff = ArticleDiff.between(expected, actual);
            diff.isEmpty();                    // false, exactly as expected.equals(actual) is
            diff.differences().get(0).path();  // "sections[0].subsections[0].heading"
            System.out.println(diff);          // the first 20 differences, then "… and N more"
            // README:end

            assertThat(diff.isEmpty()).isFalse().isEqualTo(expected.equals(actual));
            assertThat(diff.differences().get(0).path()).isEqualTo("sections[0].subsections[0].heading");
        } finally {
            System.setOut(out);
        }
        String output = section().substring(section().indexOf("prints\n\n```\n") + 12);
        assertThat(printed.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo(output.substring(0, output.indexOf("```")).strip());
    }

    @Test
    void readmeShowsExactlyThisSnippet() throws IOException {
        String readme = section();
        int start = readme.indexOf("```java\n") + 8;
        String readmeSnippet = readme.substring(start, readme.indexOf("```\n", start));
        String test = Files.readString(Path.of("src/test/java/dev/lede/diff/ReadmeExampleTest.java"));
        String testSnippet = test.substring(test.indexOf("// README:begin\n") + 16,
                test.indexOf("            // README:end"));

        assertThat(lines(readmeSnippet)).isEqualTo(lines(testSnippet));
    }

    private static String section() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        return readme.substring(readme.indexOf("## Comparing two articles"));
    }

    private static List<String> lines(String code) {
        return code.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
