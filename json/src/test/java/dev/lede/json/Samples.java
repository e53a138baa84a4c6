package dev.lede.json;

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
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Hand-built articles for focused tests and the golden files. */
final class Samples {
    private Samples() {}

    /** Every block and inline kind, every optional value present and absent, awkward characters. */
    static Article everything() {
        RichText rich = RichText.of(new Inline.Text("plain "), Inline.Emphasis.of("em"), new Inline.Text(" "),
                new Inline.Strong(RichText.of(Inline.Emphasis.of("both"))), new Inline.Code("x < y"),
                new Inline.Link("https://example.org/a?b=c&d", Optional.of("title"), RichText.of("link")),
                new Inline.LineBreak(), new Inline.Text("tab\there \"quoted\" \u0001 \uD83D\uDE00 \u05D0"));
        Table table = new Table(Optional.of(RichText.of("caption")),
                List.of(TableRow.of(TableCell.header("a"), new TableCell(RichText.of("b"), true, 2, 1))),
                List.of(TableRow.of(new TableCell(rich, false, 1, 2), TableCell.of(""), TableCell.of("c")),
                        new TableRow(List.of())));
        return Article.builder()
                .title("Title")
                .subtitle("Sub")
                .description("Desc")
                .author(new Contributor("Ann", Optional.of(URI.create("https://example.org/ann"))))
                .author("Bob")
                .publisher(new Publisher("THE MAG POST", Optional.of(URI.create("https://magpost.example/"))))
                .published(OffsetDateTime.of(2025, 8, 15, 9, 30, 0, 0, ZoneOffset.ofHours(2)))
                .modified(OffsetDateTime.of(2025, 8, 16, 0, 0, 0, 120_000_000, ZoneOffset.UTC))
                .language("en-GB")
                .canonicalUrl(URI.create("https://magpost.example/alaska"))
                .tags("politics", "arctic")
                .hero(new Figure(new Image("https://example.org/hero.jpg", "Hero", OptionalInt.of(1200),
                        OptionalInt.of(630)), Optional.of(RichText.of("Caption")), Optional.of("Credit")))
                .lead(new Paragraph(rich))
                .lead(new Paragraph(RichText.empty()))
                .section("First", s -> s
                        .block(new ListBlock(true, 3, List.of(ListItem.of("one"),
                                new ListItem(List.of(Paragraph.of("two"), ListBlock.bulleted("a", "b"))),
                                new ListItem(List.of()))))
                        .block(new ListBlock(false, 1, List.of()))
                        .block(new Quote(List.of(Paragraph.of("quoted")), Optional.of(RichText.of("Someone")),
                                Optional.of("https://example.org/source")))
                        .block(new Quote(List.of(), Optional.empty(), Optional.empty()))
                        .block(Figure.of(Image.of("fig.png", "")))
                        .section("Nested", n -> n
                                .block(table)
                                .block(new Table(Optional.empty(), List.of(), List.of()))
                                .block(new SummaryTable(Optional.of(rich), "Aspect", "Summary",
                                        List.of(SummaryRow.of("Key players", "Putin and Trump"),
                                                new SummaryRow(rich, RichText.empty()))))
                                .block(SummaryTable.of("A", "S"))
                                .block(CodeBlock.of("java", "  int x = 1;\n\treturn x;\r\n"))
                                .block(new CodeBlock(Optional.empty(), ""))
                                .block(new Divider())))
                .note(Note.of(NoteKind.EDITORIAL, "Important Editorial Note", "Text"))
                .note(new Note(NoteKind.CORRECTION, Optional.empty(), List.of()))
                .note(new Note(NoteKind.DISCLOSURE, Optional.empty(), List.of(new Divider())))
                .note(new Note(NoteKind.UPDATE, Optional.of(""), List.of()))
                .build();
    }
}
