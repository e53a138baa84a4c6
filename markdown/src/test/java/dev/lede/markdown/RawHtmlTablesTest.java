package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.Inline;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import dev.lede.internal.UrlSafety;
import dev.lede.markdown.MarkdownDiagnostic.Kind;
import dev.lede.testing.ArticleGenerator;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** With raw HTML on, the tables GFM cannot hold are HTML blocks that lede-html writes and reads. */
class RawHtmlTablesTest {
    private static final ArticleMarkdown RAW = ArticleMarkdown.builder().rawHtml(true).build();
    private static final Parser COMMONMARK = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Set<String> TABLE_ELEMENTS =
            Set.of("table", "caption", "thead", "tbody", "tr", "th", "td", "em", "strong", "code", "a", "br");
    private static final Set<String> TABLE_ATTRIBUTES = Set.of("colspan", "rowspan", "href", "title");

    private static final Table SPANNED = new Table(Optional.of(RichText.of("Results")),
            List.of(new TableRow(List.of(cell("Team", true, 1, 2), cell("Score", true, 2, 1))),
                    new TableRow(List.of(cell("Home", true, 1, 1), cell("Away", true, 1, 1)))),
            List.of(new TableRow(List.of(cell("A | B", false, 1, 1), cell("3", false, 1, 1),
                    cell("1 < 2", false, 1, 1)))));

    private static TableCell cell(String text, boolean header, int colspan, int rowspan) {
        return new TableCell(RichText.of(text), header, colspan, rowspan);
    }

    private static Article withTable(Table table) {
        return Article.builder().title("Scores").lead("Before.").lead(table).lead("After.").build();
    }

    @Test
    void aTableGfmCannotHoldIsOneHtmlBlockThatReadsBack() {
        MarkdownWriteResult written = RAW.writeWithDiagnostics(withTable(SPANNED));

        assertThat(written.diagnostics()).isEmpty();
        assertThat(written.markdown()).endsWith("Before.\n\n<table><caption>Results</caption><thead><tr>"
                + "<th rowspan=\"2\">Team</th><th colspan=\"2\">Score</th></tr><tr><th>Home</th><th>Away</th></tr>"
                + "</thead><tbody><tr><td>A | B</td><td>3</td><td>1 &lt; 2</td></tr></tbody></table>\n\nAfter.\n");
        assertThat(RAW.read(written.markdown())).isEqualTo(withTable(SPANNED));
        assertThat(RAW.rebuild().build().write(withTable(SPANNED))).isEqualTo(written.markdown());
    }

    @Test
    void withoutRawHtmlTheSameTableIsFlattenedAndReported() {
        MarkdownWriteResult written = ArticleMarkdown.standard().writeWithDiagnostics(withTable(SPANNED));

        assertThat(written.markdown()).doesNotContain("<table").contains("| Team | Score |  |");
        assertThat(written.diagnostics()).extracting(MarkdownDiagnostic::kind, MarkdownDiagnostic::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.NOT_HELD, "lead[1]"));
        // And the standard reader leaves the HTML block of a raw writer out, saying so.
        MarkdownReadResult read = ArticleMarkdown.standard().readWithDiagnostics(RAW.write(withTable(SPANNED)));
        assertThat(read.article().lead()).hasSize(2);
        assertThat(read.diagnostics()).extracting(MarkdownDiagnostic::kind).containsExactly(Kind.RAW_HTML);
    }

    @Test
    void aGfmTableStaysGfmUnlessACellBreaksALine() {
        Table plain = new Table(Optional.empty(), List.of(new TableRow(List.of(cell("a", true, 1, 1)))),
                List.of(new TableRow(List.of(cell("b", false, 1, 1)))));
        Table broken = new Table(Optional.empty(), plain.head(), List.of(new TableRow(List.of(new TableCell(
                RichText.of(new Inline.Strong(RichText.of(new Inline.Text("b"), new Inline.LineBreak(),
                        new Inline.Text("c")))), false, 1, 1)))));

        assertThat(RAW.write(withTable(plain))).contains("| a |\n| --- |\n| b |");
        MarkdownWriteResult written = RAW.writeWithDiagnostics(withTable(broken));
        assertThat(written.markdown()).contains("<td><strong>b<br>c</strong></td>");
        assertThat(written.diagnostics()).isEmpty();
        assertThat(RAW.read(written.markdown())).isEqualTo(withTable(broken));
    }

    @Test
    void generatedArticlesWithTablesOfEveryShapeSurvive() {
        ArticleGenerator generator = ArticleGenerator.forMarkdownWithHtmlTables(20261202L);
        int htmlBlocks = 0;
        for (int i = 0; i < 1_000; i++) {
            Article article = generator.next();
            MarkdownWriteResult written = RAW.writeWithDiagnostics(article);
            assertThat(written.diagnostics()).as("article %d:%n%s", i, written.markdown()).isEmpty();
            MarkdownReadResult read = RAW.readWithDiagnostics(written.markdown());
            assertThat(read.diagnostics()).as("article %d", i).isEmpty();
            if (!read.article().equals(article)) {
                assertThat(Json.pretty(read.article())).as("article %d:%n%s", i, written.markdown())
                        .isEqualTo(Json.pretty(article));
            }
            htmlBlocks += (int) written.markdown().lines().filter(line -> line.contains("<table>")).count();
        }
        assertThat(htmlBlocks).as("tables written as HTML").isGreaterThan(300);
    }

    @Test
    void whatHtmlCannotKeepOfATableIsReported() {
        Table spaced = new Table(Optional.empty(), List.of(new TableRow(List.of(cell("a  b", true, 2, 1)))),
                List.of());
        MarkdownWriteResult written = RAW.writeWithDiagnostics(withTable(spaced));

        assertThat(written.markdown()).contains("<th colspan=\"2\">a  b</th>");
        assertThat(written.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.NOT_HELD);
            assertThat(d.where()).isEqualTo("lead[1]");
            assertThat(d.detail()).startsWith("a table whose text HTML does not keep as it is");
        });
    }

    @Test
    void lineEndsInATableNeverEndItsHtmlBlock() {
        Table lines = new Table(Optional.empty(), List.of(new TableRow(List.of(cell("a\n\n<b>x</b>", true, 2, 1)))),
                List.of());
        String markdown = RAW.write(withTable(lines));

        assertThat(markdown).contains("<th colspan=\"2\">a&#10;&#10;&lt;b&gt;x&lt;/b&gt;</th>");
        assertThat(RAW.read(markdown).lead()).hasSize(3).element(1).isInstanceOf(Table.class);
    }

    @Test
    void aForeignHtmlTableIsReadAndWhatItLeftOutIsReportedAtItsLine() {
        String markdown = "# T\n\nText.\n\n<table>\n<tr><td onclick=\"x()\">a</td>"
                + "<td><a href=\"javascript:y()\">b</a></td></tr>\n</table>\n\n<div>c</div>\n";
        MarkdownReadResult read = RAW.readWithDiagnostics(markdown);

        assertThat(read.article().lead()).hasSize(2).element(1).isEqualTo(new Table(Optional.empty(), List.of(),
                List.of(new TableRow(List.of(cell("a", false, 1, 1), cell("b", false, 1, 1))))));
        assertThat(read.diagnostics()).extracting(MarkdownDiagnostic::kind, MarkdownDiagnostic::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.RAW_HTML, "line 5"),
                org.assertj.core.groups.Tuple.tuple(Kind.UNSAFE_URL, "line 5"),
                org.assertj.core.groups.Tuple.tuple(Kind.RAW_HTML, "line 9"));
        assertThat(read.diagnostics().get(0).detail()).startsWith("in an HTML table, ").contains("onclick");
        assertThat(read.diagnostics().get(2).detail()).isEqualTo("an HTML block, left out");
    }

    @Test
    void xssTextAndUrlsInAnHtmlTableStayTextAndInsideTheAllowlist() throws IOException {
        List<String> vectors = new ArrayList<>(List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                "javascript:alert(1)", "</td></tr></table><script>x</script>", "<!--", "]]>", "&lt;&#0;"));
        Path corpus = Corpora.folder("xss");
        try (Stream<Path> list = Files.list(corpus)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("LICENSE"))
                    .sorted().toList()) {
                vectors.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(vectors).hasSizeGreaterThan(1_000);
        for (String vector : vectors) {
            if (vector.isBlank()) {
                continue;
            }
            Table table = new Table(Optional.of(RichText.of(vector)),
                    List.of(new TableRow(List.of(cell(vector, true, 2, 1)))),
                    List.of(new TableRow(List.of(new TableCell(RichText.of(Inline.Link.of(vector, vector)), false,
                            1, 1), cell(vector, true, 1, 1)))));
            Article article = Article.builder().title("t").section(Section.builder("S").block(table)).build();
            String markdown = RAW.write(article);
            COMMONMARK.parse(markdown.substring(markdown.indexOf("\n---\n") + 5)).accept(new AbstractVisitor() {
                @Override
                public void visit(HtmlInline html) {
                    throw new AssertionError("inline HTML " + html.getLiteral() + " from " + vector);
                }

                @Override
                public void visit(HtmlBlock html) {
                    insideTheAllowlist(html.getLiteral(), vector);
                }
            });
            Table back = (Table) RAW.read(markdown).sections().get(0).blocks().get(0);
            assertThat(back.head().get(0).cells().get(0).content().plainText()).as(vector)
                    .isEqualTo(RichText.of(vector).plainText().strip().replaceAll("[\\t\\n\\f\\r ]+", " "));
        }
    }

    private static void insideTheAllowlist(String html, String vector) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(element.tagName()).as(vector).isIn(TABLE_ELEMENTS);
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(vector).isIn(TABLE_ATTRIBUTES);
                if (attribute.getKey().equals("href")) {
                    assertThat(UrlSafety.isSafeContentUrl(attribute.getValue())).as(vector).isTrue();
                }
            }
        }
    }

    @Test
    void rawHtmlIsRefusedClearlyWhereLedeHtmlIsMissing() throws Exception {
        assertThatThrownBy(() -> WithoutLedeHtml.call("rawHtml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("raw HTML tables need lede-html (dev.lede:lede-html, module dev.lede.html), which is "
                        + "not on the class or module path");
        assertThat(WithoutLedeHtml.call("write")).isEqualTo(ArticleMarkdown.standard().write(SeedArticle.article()));
    }
}
