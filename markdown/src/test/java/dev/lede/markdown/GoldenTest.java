package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.CodeBlock;
import dev.lede.Contributor;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Publisher;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One golden file a mapping row and escaping case, in {@code src/test/resources/golden}: {@code NAME.md} is what
 * the article built here writes, and reading it gives the article back. A case Markdown cannot hold also has
 * {@code NAME.diagnostics}, the diagnostics written, one a line, and {@code NAME.back.json}, the article read back.
 * Run with {@code -Dgolden.update=true} to rewrite the files, then read every change before committing it.
 */
class GoldenTest {
    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static Article.Builder titled(String title) {
        return Article.builder().title(title);
    }

    private static Article lead(dev.lede.Block... blocks) {
        Article.Builder article = titled("Golden");
        for (dev.lede.Block block : blocks) {
            article.lead(block);
        }
        return article.build();
    }

    private static RichText text(Inline... inlines) {
        return RichText.of(inlines);
    }

    private static Inline.Text t(String text) {
        return new Inline.Text(text);
    }

    static Map<String, Article> cases() {
        Map<String, Article> cases = new LinkedHashMap<>();
        cases.put("front-matter-full", titled("US-Russia Alaska Summit: Prospects and Pitfalls")
                .subtitle("A summit in the cold").description("Two leaders meet in Anchorage.")
                .author("Jane Doe").author(new Contributor("John Roe", Optional.of(URI.create("https://example.org/roe"))))
                .publisher(new Publisher("THE MAG POST", Optional.of(URI.create("https://www.themagpost.com/"))))
                .published(OffsetDateTime.parse("2025-08-14T09:00:00Z"))
                .modified(OffsetDateTime.parse("2025-08-15T10:30:15.5+02:00"))
                .language("en-GB").canonicalUrl(URI.create("https://example.org/alaska")).tags("diplomacy", "Arctic")
                .lead("Lead paragraph.").build());
        cases.put("front-matter-title-only", titled("Just a title").build());
        cases.put("front-matter-quoting", titled("true").subtitle("2025").description("null: ~ # not a comment")
                .tags("yes", "1e3", "- dash").build());
        cases.put("hero", titled("Hero").hero(new Figure(new Image("https://example.org/a.jpg", "Alaska",
                OptionalInt.of(1200), OptionalInt.of(800)), Optional.of(text(t("The "), Inline.Emphasis.of("Arctic"),
                t(" coast"))), Optional.of("Photo: Jane Doe"))).lead("After the hero.").build());
        cases.put("sections-nested", titled("Sections").section("Alaska as Venue", s -> s.paragraph("Neutral ground.")
                .section("Geography as Stage", g -> g.paragraph("Proximity.")
                        .section("Third", x -> x.section("Fourth", y -> y.section("Fifth", z -> z.paragraph("Deep."))))))
                .section("Second top", s -> s.paragraph("Again.")).build());
        cases.put("section-ids", titled("Ids").section(Section.builder("Custom id").id("my-anchor").paragraph("x"))
                .section("Same", s -> s.paragraph("first")).section("Same", s -> s.paragraph("second, id same-2")).build());
        cases.put("heading-escapes", titled("Headings").section("Ends with # and {#fake}", s -> s.paragraph("x"))
                .section(Section.builder(text(t("Has "), Inline.Strong.of("bold"), t(" and "),
                        new Inline.Code("code"))).paragraph("y")).build());
        cases.put("paragraphs", lead(Paragraph.of("First paragraph."), Paragraph.of("Second paragraph.")));
        cases.put("emphasis-strong-code", lead(Paragraph.of(t("Plain "), Inline.Emphasis.of("em"), t(", "),
                Inline.Strong.of("strong"), t(", "), new Inline.Code("a `tick` b"), t(" and "),
                new Inline.Strong(text(Inline.Emphasis.of("both")))), Paragraph.of(t("intra"),
                Inline.Emphasis.of("word"), t("emphasis and "), Inline.Strong.of(" spaced "), t("strong"))));
        cases.put("links", lead(Paragraph.of(Inline.Link.of("https://example.org/a?b=1&c=2", "a link"), t(", "),
                new Inline.Link("/path with space (and parens)", Optional.of("A \"title\""), RichText.of("relative")),
                t(", "), Inline.Link.of("mailto:someone@example.org", "mail"), t(" and "),
                new Inline.Link("#frag", Optional.empty(), text(Inline.Emphasis.of("emphasised"))), t("!"))));
        cases.put("unsafe-link", lead(Paragraph.of(t("Click "), Inline.Link.of("javascript:alert(1)", "here"))));
        cases.put("line-breaks", lead(Paragraph.of(t("Line one"), new Inline.LineBreak(), t("line two ends \\"),
                new Inline.LineBreak(), t("line three"))));
        cases.put("escape-line-starts", lead(Paragraph.of("1. not a list"), Paragraph.of("# not a heading"),
                Paragraph.of("+ not a bullet"), Paragraph.of("- not a bullet"), Paragraph.of("> not a quote"),
                Paragraph.of("= not an underline"), Paragraph.of("~~~ not a fence"), Paragraph.of("2025) a year"),
                Paragraph.of("    four spaces"), Paragraph.of("Table: not a caption"),
                Paragraph.of("— not an attribution")));
        cases.put("escape-inline", lead(Paragraph.of("stray * and _ and ** and __ and [brackets] and `ticks`"),
                Paragraph.of("<b>not html</b> &amp; entity \\ backslash ! [x](y) ![img](z) | pipe"),
                Paragraph.of("trailing spaces  "), Paragraph.of("tab\tand\nnewline")));
        cases.put("bulleted-list", lead(ListBlock.bulleted("one", "two", "three")));
        cases.put("numbered-list-start", lead(new ListBlock(true, 7, List.of(ListItem.of("seven"), ListItem.of("eight"))),
                new ListBlock(true, 0, List.of(ListItem.of("zero")))));
        cases.put("nested-lists", lead(new ListBlock(false, 1, List.of(
                new ListItem(List.of(Paragraph.of("outer"), ListBlock.numbered("inner one", "inner two"))),
                new ListItem(List.of(ListBlock.bulleted("only a list"))),
                new ListItem(List.of(Paragraph.of("first"), Paragraph.of("second paragraph")))))));
        cases.put("adjacent-lists", lead(ListBlock.bulleted("a"), ListBlock.bulleted("b"), ListBlock.bulleted("c"),
                ListBlock.numbered("d"), ListBlock.numbered("e")));
        cases.put("list-item-blocks", lead(new ListBlock(false, 1, List.of(
                ListItem.of(new CodeBlock(Optional.of("java"), "int x = 1;")), ListItem.of(new Divider()),
                ListItem.of(Quote.of("quoted", "someone")), new ListItem(List.of())))));
        cases.put("quote-attribution", lead(Quote.of("Diplomacy is the art of letting others have your way.",
                "Daniele Vare"), new Quote(List.of(Paragraph.of("With a source.")), Optional.of(RichText.of("A. Writer")),
                Optional.of("https://example.org/source")), new Quote(List.of(Paragraph.of("Source only.")),
                Optional.empty(), Optional.of("/cite")), new Quote(List.of(Paragraph.of("Plain quote.")),
                Optional.empty(), Optional.empty())));
        cases.put("quote-nested", lead(new Quote(List.of(Paragraph.of("outer"), new Quote(List.of(Paragraph.of("inner")),
                Optional.empty(), Optional.empty()), ListBlock.bulleted("in a quote")), Optional.empty(), Optional.empty())));
        cases.put("code-blocks", lead(new CodeBlock(Optional.of("java"), "class A {\n    int x;\n}\n"),
                new CodeBlock(Optional.empty(), "no language"), new CodeBlock(Optional.of("md"), "```\nfence inside\n```"),
                new CodeBlock(Optional.empty(), ""), new CodeBlock(Optional.of("c++"), "\n\tleading blank line")));
        cases.put("divider", lead(Paragraph.of("before"), new Divider(), Paragraph.of("after")));
        cases.put("figures", lead(Figure.of("https://example.org/a.jpg", "Alt text", "A caption with *stars*"),
                Figure.of(Image.of("/img/b.png", "")), new Figure(Image.of("c d.png", "Credited"), Optional.empty(),
                Optional.of("Photo: \"Someone\""))));
        cases.put("figure-size", lead(new Figure(new Image("a.png", "sized", OptionalInt.of(10), OptionalInt.of(20)),
                Optional.empty(), Optional.empty())));
        cases.put("gfm-table", lead(new Table(Optional.of(RichText.of("Votes by region")), List.of(TableRow.of(
                TableCell.header("Region"), TableCell.header("Votes"))), List.of(TableRow.of(TableCell.of("North"),
                TableCell.of("12")), TableRow.of(TableCell.of("South | East"), new TableCell(text(Inline.Strong.of("7"),
                t(" "), new Inline.Code("a|b")), false, 1, 1)), TableRow.of(TableCell.of(""), TableCell.of(" spaced "))))));
        cases.put("table-not-gfm", lead(new Table(Optional.empty(), List.of(TableRow.of(
                new TableCell(RichText.of("Wide"), true, 2, 1))), List.of(TableRow.of(TableCell.of("a"),
                TableCell.header("b")), TableRow.of(new TableCell(RichText.of("tall"), false, 1, 2), TableCell.of("c")),
                TableRow.of(TableCell.of("d"))))));
        cases.put("summary-table", lead(new SummaryTable(Optional.of(RichText.of("At a glance")), "Aspect", "Summary",
                List.of(SummaryRow.of("Key players", "Putin and Trump"), SummaryRow.of("Venue", "Anchorage | Alaska")))));
        cases.put("two-column-table", lead(Table.of(List.of("Aspect", "Summary"), List.of(List.of("not", "a summary")))));
        cases.put("notes", titled("Notes").lead("Body.").note(NoteKind.EDITORIAL, "Important Editorial Note",
                "The views are the author's own.").note(new Note(NoteKind.CORRECTION, Optional.empty(),
                List.of(Paragraph.of("An earlier version misspelled a name."), ListBlock.bulleted("detail"))))
                .note(new Note(NoteKind.DISCLOSURE, Optional.of("Ties"), List.of()))
                .note(new Note(NoteKind.UPDATE, Optional.of("Later"), List.of(Paragraph.of("More news.")))).build());
        cases.put("quote-like-note", lead(new Quote(List.of(Paragraph.of(Inline.Strong.of("Editorial note:"),
                t(" not a note"))), Optional.empty(), Optional.empty())));
        cases.put("seed-article", SeedArticle.article());
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> eachCaseWritesItsFileAndReadsBack() {
        return cases().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String name = entry.getKey();
            Article article = entry.getValue();
            MarkdownWriteResult written = ArticleMarkdown.standard().writeWithDiagnostics(article);
            String diagnostics = written.diagnostics().stream()
                    .map(d -> d.kind() + " " + d.where() + ": " + d.detail() + "\n").collect(Collectors.joining());
            Article back = ArticleMarkdown.standard().read(written.markdown());
            if (UPDATE) {
                Files.writeString(FOLDER.resolve(name + ".md"), written.markdown(), StandardCharsets.UTF_8);
                if (!diagnostics.isEmpty()) {
                    Files.writeString(FOLDER.resolve(name + ".diagnostics"), diagnostics, StandardCharsets.UTF_8);
                    Files.writeString(FOLDER.resolve(name + ".back.json"), Json.pretty(back), StandardCharsets.UTF_8);
                }
            }
            assertThat(written.markdown()).isEqualTo(read(name + ".md"));
            Article fromFile = ArticleMarkdown.standard().read(read(name + ".md"));
            if (diagnostics.isEmpty()) {
                assertThat(Files.exists(FOLDER.resolve(name + ".diagnostics"))).isFalse();
                assertThat(fromFile).isEqualTo(article);
            } else {
                assertThat(diagnostics).isEqualTo(read(name + ".diagnostics"));
                assertThat(fromFile).isEqualTo(Json.read(read(name + ".back.json")));
            }
        }));
    }

    @Test
    void everyFileIsACase() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(file -> file.getFileName().toString().replaceFirst("\\..*", "")).distinct())
                    .containsExactlyInAnyOrderElementsOf(cases().keySet());
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(FOLDER.resolve(file), StandardCharsets.UTF_8);
    }
}
