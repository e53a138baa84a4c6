package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.json.ArticleJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's hostile shapes through the command line, each at eight times the size the security review quoted:
 * every run ends with exit code 0, 1 or 2, at most one line on standard error and never a stack trace, and a
 * run that writes an article writes one that validates. The per-finding tests sit beside the code they guard;
 * these check the whole path a user takes. The time limits are hang guards, not benchmarks (the review measured
 * these shapes at minutes; the {@code HostileBenchmarks} give time per MB).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {
    private static final String PROSE = "<p>This sentence is long enough to count as the prose of an article.</p>";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String page(String head, String content) {
        return "<html><head>" + head + "</head><body><article><h1>Title</h1>" + PROSE.repeat(3) + content
                + "</article></body></html>";
    }

    /**
     * Exit 0, 1 or 2 and no stack trace; a failure (2) is one line, and an invalid article (1) is the validator's
     * report, every line of which names the input.
     */
    private static void assertEndsCleanly(CliRun run, Path input) {
        assertThat(run.exitCode()).as(run.err()).isBetween(0, 2);
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread");
        if (run.exitCode() == 2) {
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        } else if (run.exitCode() == 1) {
            assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).startsWith(input.toString()));
        }
    }

    /** Imports the page to JSON, then validates that JSON: what the importer writes, the validator accepts. */
    private void importsAndValidates(String html) throws IOException {
        Path json = dir.resolve("out.json");
        Path page = file("page.html", html);
        CliRun imported = CliRun.of("import", page.toString(), "--to", "json", "-o", json.toString(), "--force");
        assertEndsCleanly(imported, page);
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        // A page's JSON can be ten times its HTML (each <br> is an object): the validator is given room for it.
        CliRun validated = CliRun.of("validate", json.toString(), "--max-input", "256M");
        assertEndsCleanly(validated, json);
        assertThat(validated.exitCode()).as(validated.err()).isZero();
    }

    @Test
    void jsonLdIdCycles() throws IOException {
        String references = "{\"@id\":\"#a\"},".repeat(800);
        importsAndValidates(page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"@id\":\"#a\","
                + "\"headline\":\"Title\",\"author\":[" + references + "{\"@type\":\"Person\",\"name\":[" + references
                + "\"A\"]}]}</script>", ""));
    }

    @Test
    void aLongAriaLabel() throws IOException {
        importsAndValidates(page("", "<div aria-label=\"" + "cookies ".repeat(280_000) + "\">" + PROSE + "</div>"));
    }

    @Test
    void duplicateHeadings() throws IOException {
        importsAndValidates(page("", "<h2>Same</h2><p>Text.</p>".repeat(320_000)));
    }

    @Test
    void hiddenElementsAndManyReports() throws IOException {
        importsAndValidates(page("", "<span hidden>secret</span>".repeat(200_000)
                + "<div class=share>Share this</div>".repeat(200_000)));
    }

    @Test
    void runsOfLineBreaks() throws IOException {
        importsAndValidates(page("", "<p>word" + "<br>".repeat(400_000) + "word</p>"));
    }

    @Test
    void longTitles() throws IOException {
        String words = IntStream.range(0, 200_000).mapToObj(i -> "t" + i).collect(Collectors.joining(" "));
        importsAndValidates(page("<meta property=og:title content=\"" + words + "\"><meta name=twitter:title content=\""
                + words + " x\">", "<h2>" + words.replace('t', 'h') + "</h2>"));
    }

    @Test
    void deepNesting() throws IOException {
        importsAndValidates(page("", "<blockquote>".repeat(4_800) + "deep quote" + "</blockquote>".repeat(4_800)));
        importsAndValidates(page("", "<ul><li>".repeat(4_800) + "deep item" + "</li></ul>".repeat(4_800)));
        importsAndValidates(page("", "<p>" + "<em>".repeat(16_000) + "deep emphasis" + "</em>".repeat(16_000)
                + "</p>"));
    }

    @Test
    void aSrcsetOfCommas() throws IOException {
        importsAndValidates(page("", "<figure><img alt=A srcset=\"" + "a,".repeat(1_000_000)
                + " b.jpg 2x\"></figure>"));
    }

    @Test
    void manyViolations() throws IOException {
        String links = "{\"type\":\"link\",\"href\":\"javascript:x()\",\"text\":\"x\"},".repeat(160_000);
        Path json = file("links.json", "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},\"lead\":[{\"type\":"
                + "\"paragraph\",\"text\":[" + links + "\"end\"]}]}");

        CliRun validated = CliRun.of("validate", json.toString());
        assertEndsCleanly(validated, json);
        assertThat(validated.exitCode()).isEqualTo(1);
        CliRun converted = CliRun.of("convert", json.toString(), "--to", "html");
        assertEndsCleanly(converted, json);
        assertThat(converted.exitCode()).isNotZero();
    }

    @Test
    void aHugeRowspan() throws IOException {
        String rows = "[{\"text\":\"a\",\"rowspan\":2147483647},{\"text\":\"b\"}],".repeat(20_000);
        Path json = file("table.json", "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},\"lead\":[{\"type\":"
                + "\"table\",\"body\":[" + rows + "[{\"text\":\"c\"},{\"text\":\"d\"}]]}]}");

        assertEndsCleanly(CliRun.of("validate", json.toString()), json);
    }

    @Test
    void aLoneSurrogateInTheTitle() throws IOException {
        Path json = file("surrogate.json", "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\\uD800\"},\"lead\":"
                + "[{\"type\":\"paragraph\",\"text\":\"x\"}]}");

        CliRun validated = CliRun.of("validate", json.toString());
        assertEndsCleanly(validated, json);
        assertThat(validated.exitCode()).isEqualTo(1);
        CliRun converted = CliRun.of("convert", json.toString(), "--to", "html", "-o",
                dir.resolve("s.html").toString());
        assertEndsCleanly(converted, json);
        assertThat(converted.exitCode()).isNotZero();
        assertThat(dir.resolve("s.html")).doesNotExist();
    }

    @Test
    void aByteOrderMarkBeforeJson() throws IOException {
        byte[] json = ArticleJson.standard().write(dev.lede.testing.SeedArticle.article())
                .getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[json.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withMark, 3, json.length);

        Path file = Files.write(dir.resolve("bom.json"), withMark);
        CliRun validated = CliRun.of("validate", file.toString());
        assertEndsCleanly(validated, file);
        assertThat(validated.exitCode()).as(validated.out()).isZero();
    }

    @Test
    void anEndlessInput() {
        CliRun run = CliRun.of("validate", "/dev/zero");

        assertEndsCleanly(run, Path.of("/dev/zero"));
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
