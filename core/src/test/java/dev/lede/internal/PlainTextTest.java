package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void paragraphIsItsTextWithoutMarkup() {
        Paragraph paragraph = Paragraph.of(new Inline.Text("a "), Inline.Strong.of("b"), new Inline.LineBreak(),
                Inline.Link.of("https://example.org/", "c"), new Inline.Code(" d"));
        assertThat(paragraph.plainText()).isEqualTo("a b\nc d");
    }

    @Test
    void listItemsAreOnePerLineAndAnItemsBlocksAreSeparatedByABlankLine() {
        ListBlock list = new ListBlock(true, 1, List.of(
                ListItem.of("one"),
                ListItem.of(Paragraph.of("two"), ListBlock.bulleted("two.a", "two.b")),
                ListItem.of("three")));
        assertThat(list.plainText()).isEqualTo("one\ntwo\n\ntwo.a\ntwo.b\nthree");
    }

    @Test
    void emptyListItemIsLeftOut() {
        ListBlock list = new ListBlock(false, 1, List.of(ListItem.of("a"), new ListItem(List.of()), ListItem.of("b")));
        assertThat(list.plainText()).isEqualTo("a\nb");
    }

    @Test
    void quoteIsItsBlocksThenTheAttribution() {
        Quote quote = new Quote(List.of(Paragraph.of("p1"), Paragraph.of("p2")), Optional.of(RichText.of("who")),
                Optional.of("https://example.org/source"));
        assertThat(quote.plainText()).isEqualTo("p1\n\np2\n\nwho");
        assertThat(new Quote(List.of(Paragraph.of("p")), Optional.empty(), Optional.empty()).plainText())
                .isEqualTo("p");
    }

    @Test
    void figureIsItsCaptionAndCreditButNotItsAltText() {
        Figure figure = new Figure(Image.of("a.jpg", "alt text"), Optional.of(RichText.of("caption")),
                Optional.of("credit"));
        assertThat(figure.plainText()).isEqualTo("caption\ncredit");
        assertThat(Figure.of(Image.of("a.jpg", "alt text")).plainText()).isEmpty();
    }

    @Test
    void tableIsCaptionThenRowsWithTabsBetweenCells() {
        Table table = new Table(Optional.of(RichText.of("Schedule")),
                List.of(TableRow.of(TableCell.header("Day"), TableCell.header("Event"))),
                List.of(TableRow.of(TableCell.of("1"), TableCell.of("Arrival")),
                        TableRow.of(TableCell.of("2"), TableCell.of(""))));
        assertThat(table.plainText()).isEqualTo("Schedule\nDay\tEvent\n1\tArrival\n2\t");
    }

    @Test
    void summaryTableIsLabelsThenRows() {
        SummaryTable table = SummaryTable.of("Aspect", "Summary", SummaryRow.of("Key players", "Putin and Trump"),
                SummaryRow.of("Venue & timing", "Alaska"));
        assertThat(table.plainText()).isEqualTo("Aspect\tSummary\nKey players\tPutin and Trump\nVenue & timing\tAlaska");
        assertThat(new SummaryTable(Optional.of(RichText.of("Facts")), "A", "S", List.of()).plainText())
                .isEqualTo("Facts\nA\tS");
    }

    @Test
    void codeIsKeptExactlyAndADividerHasNoText() {
        assertThat(CodeBlock.of("java", "  if (a) {\n    b();\n  }\n").plainText())
                .isEqualTo("  if (a) {\n    b();\n  }\n");
        assertThat(new Divider().plainText()).isEmpty();
    }

    @Test
    void sectionIsHeadingThenBlocksThenSubsections() {
        Section section = Section.builder("H2")
                .paragraph("p")
                .divider()
                .section("H3", sub -> sub.paragraph("q"))
                .build();
        assertThat(section.plainText()).isEqualTo("H2\n\np\n\nH3\n\nq");
    }

    @Test
    void noteIsTitleThenBlocks() {
        assertThat(Note.of(NoteKind.EDITORIAL, "Important Editorial Note", "Views.").plainText())
                .isEqualTo("Important Editorial Note\n\nViews.");
        assertThat(new Note(NoteKind.UPDATE, Optional.empty(), List.of(Paragraph.of("Later.")))
                .plainText()).isEqualTo("Later.");
    }

    @Test
    void emptyPartsLeaveNoExtraBlankLines() {
        Article article = Article.builder()
                .title("T")
                .hero(Figure.of(Image.of("a.jpg", "alt")))
                .lead(new Divider())
                .lead("lead")
                .section("S", s -> s.paragraph("").divider().paragraph("p"))
                .build();
        assertThat(article.plainText()).isEqualTo("T\n\nlead\n\nS\n\np");
    }
}
