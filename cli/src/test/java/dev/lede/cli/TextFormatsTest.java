package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import dev.lede.json.ArticleJson;
import dev.lede.markdown.ArticleMarkdown;
import dev.lede.markdown.ArticleText;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Markdown, plain text and chunks through the command line: --to md|text|chunks, --from md and .md files. */
class TextFormatsTest {
    private static final ArticleJson JSON = ArticleJson.builder().validate(false).build();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String SEED_PAGE = "../examples/data/seed-page.html";

    @TempDir
    Path dir;

    /** Writes the seed article as a Lede JSON file in the test's directory. */
    private Path seedJson() throws IOException {
        return Files.writeString(dir.resolve("seed.json"), JSON.write(SeedArticle.article()));
    }

    /** A heading's level and text, as the article's outline and commonmark's parse both give them. */
    private record HeadingLine(int level, String text) {}

    private static Article importedSeed() {
        CliRun run = CliRun.of("import", SEED_PAGE, "--to", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.read(run.out());
    }

    private static void outline(List<Section> sections, int level, List<HeadingLine> out) {
        for (Section section : sections) {
            out.add(new HeadingLine(level, section.heading().plainText()));
            outline(section.subsections(), level + 1, out);
        }
    }

    private static void paths(List<Section> sections, List<String> above, List<List<String>> out) {
        for (Section section : sections) {
            List<String> path = new ArrayList<>(above);
            path.add(section.heading().plainText());
            out.add(path);
            paths(section.subsections(), path, out);
        }
    }

    /** The headings commonmark finds, after the front matter a front-matter-aware renderer sets aside. */
    private static List<HeadingLine> headings(String markdown) {
        assertThat(markdown).startsWith("---\n");
        String body = markdown.substring(markdown.indexOf("\n---\n", 3) + 5);
        List<HeadingLine> headings = new ArrayList<>();
        Parser.builder().build().parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text) {
                        text.append(((Text) child).getLiteral());
                    } else if (child instanceof Code) {
                        text.append(((Code) child).getLiteral());
                    }
                }
                headings.add(new HeadingLine(heading.getLevel(), text.toString()));
            }
        });
        return headings;
    }

    private static List<JsonNode> lines(String jsonLines) {
        return jsonLines.lines().map(MAPPER::readTree).toList();
    }

    @Test
    void importToMdGivesMarkdownWhoseOutlineCommonmarkReadsAsTheArticles() {
        Article article = importedSeed();

        CliRun run = CliRun.of("import", SEED_PAGE, "--to", "md");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<HeadingLine> expected = new ArrayList<>();
        outline(article.sections(), 2, expected);
        assertThat(expected).hasSize(16);
        assertThat(headings(run.out())).containsExactlyElementsOf(expected);
        assertThat(ArticleMarkdown.standard().read(run.out())).isEqualTo(article);
    }

    @Test
    void importToChunksGivesOneLineASectionWithItsHeadingPathAndTheLeadOnRequest() {
        Article article = importedSeed();
        List<List<String>> expected = new ArrayList<>();
        paths(article.sections(), List.of(), expected);

        CliRun run = CliRun.of("import", SEED_PAGE, "--to", "chunks");
        CliRun withLead = CliRun.of("import", SEED_PAGE, "--to", "chunks", "--chunk-lead");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> chunks = lines(run.out());
        assertThat(chunks).hasSize(16);
        assertThat(chunks).extracting(chunk -> chunk.get("headingPath").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(expected);
        assertThat(chunks).extracting(chunk -> chunk.get("depth").asInt())
                .containsExactlyElementsOf(expected.stream().map(List::size).toList());
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.get("title").asString())
                .isEqualTo(article.metadata().title()));
        assertThat(withLead.exitCode()).as(withLead.err()).isZero();
        List<JsonNode> leadFirst = lines(withLead.out());
        assertThat(leadFirst).hasSize(17);
        assertThat(leadFirst.get(0).get("id").asString()).isEmpty();
        assertThat(leadFirst.get(0).get("depth").asInt()).isZero();
        assertThat(leadFirst.subList(1, 17)).isEqualTo(chunks);
    }

    @Test
    void chunkWordsSplitsLongSectionsIntoNumberedParts() {
        CliRun run = CliRun.of("import", SEED_PAGE, "--to", "chunks", "--chunk-words", "100");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> chunks = lines(run.out());
        assertThat(chunks.size()).isGreaterThan(16);
        assertThat(chunks).anySatisfy(chunk -> assertThat(chunk.get("part").asInt()).isEqualTo(3));
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.get("part").asInt()).isBetween(1, chunk.get("parts").asInt());
            // A part over the limit is one block too long to share a part: no blank line between blocks.
            if (chunk.get("wordCount").asInt() > 100) {
                assertThat(chunk.get("text").asString()).doesNotContain("\n\n");
            }
        });
        assertThat(chunks.stream().map(chunk -> chunk.get("id").asString()).distinct().count()).isEqualTo(16);
    }

    @Test
    void chunkOptionsWithAnotherFormatOrBelowOneAreOneLineAndExitTwo() throws IOException {
        Path seed = seedJson();
        CliRun other = CliRun.of("convert", seed.toString(), "--to", "md", "--chunk-lead");
        CliRun zero = CliRun.of("convert", seed.toString(), "--to", "chunks", "--chunk-words", "0");
        CliRun batch = CliRun.of("batch", dir.toString(), dir.resolve("out").toString(), "--to", "json",
                "--chunk-words", "50");

        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).isEqualTo("lede: --chunk-words and --chunk-lead apply only to --to chunks\n");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).isEqualTo("lede: --chunk-words must be at least 1, was 0\n");
        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.err()).isEqualTo("lede: --chunk-words and --chunk-lead apply only to --to chunks\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anMdFileConvertsAndValidatesByItsExtension() throws IOException {
        Path seed = seedJson();
        Path md = dir.resolve("seed.md");
        Path back = dir.resolve("back.json");

        CliRun written = CliRun.of("convert", seed.toString(), "-o", md.toString(), "--to", "md");
        CliRun read = CliRun.of("convert", md.toString(), "-o", back.toString());
        CliRun valid = CliRun.of("validate", md.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(JSON.read(back)).isEqualTo(SeedArticle.article());
        assertThat(valid.exitCode()).as(valid.err()).isZero();
        assertThat(valid.out()).endsWith(md + ": valid (0 errors, 0 warnings)\n");
    }

    @Test
    void markdownFromStandardInputWithFromMd() {
        String markdown = ArticleMarkdown.standard().write(SeedArticle.article());

        CliRun run = CliRun.withInput(markdown, "convert", "-", "--from", "md", "--to", "json");
        CliRun unknown = CliRun.withInput(markdown, "convert", "-", "--to", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.read(run.out())).isEqualTo(SeedArticle.article());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("lede: standard input: cannot tell its format; give --from json, html or md\n");
    }

    @Test
    void malformedFrontMatterIsOneLineAndExitTwo() throws IOException {
        Path bad = dir.resolve("bad.md");
        Files.writeString(bad, "---\ntitle: [unclosed\n---\n\nText.\n");

        CliRun run = CliRun.of("convert", bad.toString(), "--to", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("lede: " + bad + ": front matter is not YAML");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void markdownOfAnInvalidArticleIsReportedByValidateAndNotConverted() throws IOException {
        Path untitled = dir.resolve("untitled.md");
        Files.writeString(untitled, "Only a paragraph, no title.\n");

        CliRun validate = CliRun.of("validate", untitled.toString());
        CliRun convert = CliRun.of("convert", untitled.toString(), "--to", "html");

        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).contains(untitled + ": invalid (");
        assertThat(convert.exitCode()).isEqualTo(1);
        assertThat(convert.out()).isEmpty();
    }

    @Test
    void toTextPrintsTheLibrarysPlainText() throws IOException {
        Path seed = seedJson();
        CliRun run = CliRun.of("convert", seed.toString(), "--to", "text");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(ArticleText.write(SeedArticle.article()));
    }

    @Test
    void batchWritesMdTxtAndJsonlOutputsAndReadsNoMdInputs() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(seedJson(), in.resolve("a.json"));
        Files.writeString(in.resolve("README.md"), "# Not an article\n");

        CliRun md = CliRun.of("batch", in.toString(), dir.resolve("md").toString(), "--to", "md");
        CliRun text = CliRun.of("batch", in.toString(), dir.resolve("text").toString(), "--to", "text");
        CliRun chunks = CliRun.of("batch", in.toString(), dir.resolve("chunks").toString(), "--to", "chunks",
                "--chunk-lead");

        for (CliRun run : List.of(md, text, chunks)) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("1 converted, 0 failed, 0 skipped\n");
        }
        assertThat(ArticleMarkdown.standard().read(dir.resolve("md/a.md"))).isEqualTo(SeedArticle.article());
        assertThat(Files.readString(dir.resolve("text/a.txt"))).isEqualTo(ArticleText.write(SeedArticle.article()));
        assertThat(lines(Files.readString(dir.resolve("chunks/a.jsonl"))))
                .hasSize(SeedArticle.article().allSections().size() + 1);
        try (var outputs = Files.list(dir.resolve("md"))) {
            assertThat(outputs).containsExactly(dir.resolve("md/a.md"));
        }
    }

    /** What Markdown cannot hold is written as near as it can be, and named on standard error, never dropped unsaid. */
    @Test
    void whatMarkdownCannotHoldIsAWarningLineForConvertAndBatch() throws IOException {
        Article spanning = Article.builder().title("Spans").lead(new Table(Optional.empty(), List.of(),
                List.of(TableRow.of(new TableCell(RichText.of("wide"), false, 2, 1)),
                        TableRow.of(TableCell.of("a"), TableCell.of("b"))))).build();
        Path in = Files.createDirectory(dir.resolve("spans"));
        Path json = Files.writeString(in.resolve("spans.json"), JSON.write(spanning));

        CliRun convert = CliRun.of("convert", json.toString(), "--to", "md");
        CliRun batch = CliRun.of("batch", in.toString(), dir.resolve("out").toString(), "--to", "md");

        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(convert.out()).contains("| wide |");
        assertThat(convert.err().lines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith(json + ": warning: not held at lead[0]"));
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.out()).isEqualTo("1 converted, 0 failed, 0 skipped\n");
        assertThat(batch.err()).contains("lede: " + json + ": warning: 1 part written only as near as md can hold");
        assertThat(CliRun.of("convert", seedJson().toString(), "--to", "md").err()).isEmpty();
    }

    /** Without front matter the title is a heading line, and what else the metadata held is named, not dropped. */
    @Test
    void noFrontMatterWritesTheTitleAsAHeadingAndWarnsOfTheRestOfTheMetadata() throws IOException {
        Path seed = seedJson();

        CliRun plain = CliRun.of("convert", seed.toString(), "--to", "md", "--no-front-matter");
        CliRun other = CliRun.of("convert", seed.toString(), "--to", "json", "--no-front-matter");

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).startsWith("# " + SeedArticle.article().metadata().title()).doesNotContain("\n---\n");
        assertThat(plain.err().lines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith(seed + ": warning: "));
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).isEqualTo("lede: --no-front-matter applies only to --to md\n");
    }

    /** --raw-html writes a table GFM cannot hold as HTML, and reads it back; without it, the table is flattened. */
    @Test
    void rawHtmlKeepsATableGfmCannotHold() throws IOException {
        Table spanned = new Table(Optional.empty(),
                List.of(new TableRow(List.of(new TableCell(RichText.of("Both"), true, 2, 1)))),
                List.of(new TableRow(List.of(new TableCell(RichText.of("a"), false, 1, 1),
                        new TableCell(RichText.of("b"), false, 1, 1)))));
        Article article = Article.builder().title("Spans").lead(spanned).build();
        Path json = Files.writeString(dir.resolve("spans.json"), JSON.write(article));

        CliRun raw = CliRun.of("convert", json.toString(), "--to", "md", "--raw-html");
        CliRun flat = CliRun.of("convert", json.toString(), "--to", "md");
        Path md = Files.writeString(dir.resolve("spans.md"), raw.out());
        CliRun back = CliRun.of("convert", md.toString(), "--to", "json", "--raw-html");
        CliRun nothing = CliRun.of("convert", json.toString(), "--to", "html", "--raw-html");

        assertThat(raw.exitCode()).as(raw.err()).isZero();
        assertThat(raw.out()).contains("<table><thead><tr><th colspan=\"2\">Both</th></tr></thead>");
        assertThat(raw.err()).isEmpty();
        assertThat(flat.out()).doesNotContain("<table").contains("| Both |  |");
        assertThat(flat.err()).contains(json + ": warning: ");
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(JSON.read(back.out())).isEqualTo(article);
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).isEqualTo("lede: --raw-html applies only to --to md or Markdown input\n");
    }

    @Test
    void helpListsTheNewFormats() {
        for (String command : List.of("convert", "import", "batch")) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.out()).as(command).contains("json|html|page|outline|md|text|chunks", "--no-front-matter", "--raw-html",
                    "--chunk-words", "--chunk-lead");
        }
        assertThat(CliRun.of("validate", "--help").out()).contains("--from=json|html|md");
        assertThat(CliRun.of("--help").out()).contains("Markdown", "plain text", "chunks");
    }
}
