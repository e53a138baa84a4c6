package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Metadata;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import dev.lede.html.ArticleHtmlException;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.validation.ArticleValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each repair on the smallest article that needs it: without the repair, {@link Repairs#apply} throws for the
 * invalid article it would return, so every test here fails.
 */
class RepairsTest {
    private final List<PageDiagnostic> diagnostics = new ArrayList<>();

    private Article repaired(Article article) {
        Article repaired = Repairs.apply(article, diagnostics);
        assertThat(ArticleValidator.standard().validate(repaired).errors()).isEmpty();
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.reason()).isEqualTo(Reason.REPAIRED));
        return repaired;
    }

    private static Article lead(Block... blocks) {
        return new Article(Metadata.of("Title"), Optional.empty(), List.of(blocks), List.of(), List.of());
    }

    private static Article sections(Section... sections) {
        return new Article(Metadata.of("Title"), Optional.empty(), List.of(), List.of(sections), List.of());
    }

    private static Section section(String id, String heading, List<Block> blocks, Section... subsections) {
        return new Section(id, RichText.of(heading), blocks, List.of(subsections));
    }

    private static Figure image(String src) {
        return Figure.of(Image.of(src, ""));
    }

    private static ListItem item(Block... blocks) {
        return new ListItem(List.of(blocks));
    }

    private static TableRow row(TableCell... cells) {
        return new TableRow(List.of(cells));
    }

    private static TableCell cell(String text, int colspan, int rowspan) {
        return new TableCell(RichText.of(text), false, colspan, rowspan);
    }

    private static TableCell padding(boolean header, int colspan) {
        return new TableCell(RichText.empty(), header, colspan, 1);
    }

    @Test
    void aListOfImagesBecomesFigures() {
        Article article = repaired(lead(new ListBlock(false, 1, List.of(item(image("a.jpg")), item(image("b.jpg")),
                item(new ListBlock(false, 1, List.of(item(image("c.jpg"))))))), Paragraph.of("After.")));

        assertThat(article.lead()).containsExactly(image("a.jpg"), image("b.jpg"), image("c.jpg"), Paragraph.of("After."));
        assertThat(diagnostics).extracting(PageDiagnostic::path, PageDiagnostic::detail).containsExactly(
                tuple("lead[0].items[2].blocks[0]", "list-item.blank: of 1 item, 1 item holding only images became figures"),
                tuple("lead[0]", "list-item.blank: of 3 items, 3 items holding only images became figures"));
    }

    @Test
    void aListIsSplitAtAnImageItemNumberingOnAndLosesItsEmptyItems() {
        Article article = repaired(lead(new ListBlock(true, 4, List.of(item(Paragraph.of("four")), item(image("five.jpg")),
                item(Paragraph.of("six")), item(new Paragraph(RichText.of(" "))), item(), item(Paragraph.of("nine"))))));

        assertThat(article.lead()).containsExactly(
                new ListBlock(true, 4, List.of(item(Paragraph.of("four")))),
                image("five.jpg"),
                new ListBlock(true, 6, List.of(item(Paragraph.of("six")), item(Paragraph.of("nine")))));
        assertThat(diagnostics).extracting(PageDiagnostic::detail).contains(
                "list-item.blank: of 6 items, 1 item holding only images became figures and 2 empty items were dropped");
    }

    @Test
    void aListOfEmptyItemsIsDropped() {
        Article article = repaired(lead(Paragraph.of("Text."), new ListBlock(false, 1, List.of(item(), item()))));

        assertThat(article.lead()).containsExactly(Paragraph.of("Text."));
        assertThat(diagnostics).extracting(PageDiagnostic::words).containsExactly(0);
    }

    @Test
    void raggedRowsArePaddedToTheWidestCountingColspansAndRowspans() {
        Table table = new Table(Optional.empty(),
                List.of(row(new TableCell(RichText.of("A"), true, 1, 1), new TableCell(RichText.of("B"), true, 2, 1))),
                List.of(row(cell("x", 1, 2), cell("y", 1, 1), cell("z", 1, 1), cell("extra", 1, 1)),
                        row(cell("y2", 1, 1)),
                        row(cell("p", 1, 1))));

        Table padded = (Table) repaired(lead(table)).lead().get(0);

        assertThat(padded.head()).containsExactly(row(new TableCell(RichText.of("A"), true, 1, 1),
                new TableCell(RichText.of("B"), true, 2, 1), padding(true, 1)));
        assertThat(padded.body()).containsExactly(
                table.body().get(0),
                row(cell("y2", 1, 1), padding(false, 2)),
                row(cell("p", 1, 1), padding(false, 3)));
        assertThat(diagnostics).extracting(PageDiagnostic::detail).containsExactly(
                "table.row-width: 3 rows narrower than the widest, 4 columns, got an empty cell at the end");
    }

    @Test
    void rowsWithoutCellsAreDropped() {
        Table table = new Table(Optional.empty(), List.of(row()), List.of(row(cell("a", 1, 1), cell("b", 1, 1))));

        Table repaired = (Table) repaired(lead(table)).lead().get(0);

        assertThat(repaired.head()).isEmpty();
        assertThat(repaired.body()).isEqualTo(table.body());
    }

    /**
     * Issue 12, "rendered pages do not always conform to HTML" (table spans, as on wikipedia-2): a rowspan past
     * the end of its row group is shortened to it, and a row that only rowspans reach is dropped with those
     * rowspans shortened, so the table fits HTML's table model and validates without {@code table.span}.
     */
    @Test
    void spansAreFittedToHtmlsTableModel() {
        Table table = new Table(Optional.empty(),
                List.of(row(cell("h", 1, 5), cell("i", 1, 1))),
                List.of(row(cell("a", 1, 2), cell("b", 1, 2)), row(), row(cell("c", 1, 1), cell("d", 1, 4))));

        Table repaired = (Table) repaired(lead(table)).lead().get(0);

        assertThat(repaired.head()).containsExactly(row(cell("h", 1, 1), cell("i", 1, 1)));
        assertThat(repaired.body()).containsExactly(row(cell("a", 1, 1), cell("b", 1, 1)),
                row(cell("c", 1, 1), cell("d", 1, 1)));
        assertThat(diagnostics).extracting(PageDiagnostic::detail).containsExactly(
                "table.span: 2 rowspans past the last row of the group were shortened",
                "table.span: 1 row without cells was dropped");
    }

    @Test
    void aTableWhoseRowsDifferByMoreThanOneCellCanSpanIsReadAsParagraphs() {
        Table table = new Table(Optional.of(RichText.of("Caption")),
                List.of(row(cell("wide", 1000, 1), cell("wider", 1000, 1))),
                List.of(row(cell("a", 1, 1), cell(" ", 1, 1), cell("b", 1, 1)), row(cell("", 1, 1))));

        assertThat(repaired(lead(table)).lead()).containsExactly(Paragraph.of("Caption"), Paragraph.of("wide wider"),
                Paragraph.of("a b"));
        assertThat(diagnostics).extracting(PageDiagnostic::detail).containsExactly(
                "table.row-width: a table whose rows differ by 1999 columns was read as paragraphs, one a row");
    }

    @Test
    void blankParagraphsAreDropped() {
        Article article = repaired(lead(Paragraph.of("Kept."), new Paragraph(RichText.of("\u00a0 ")),
                new Paragraph(RichText.of(new Inline.Emphasis(RichText.of(" "))))));

        assertThat(article.lead()).containsExactly(Paragraph.of("Kept."));
        assertThat(diagnostics).extracting(PageDiagnostic::path).containsExactly("lead[1]", "lead[2]");
    }

    @Test
    void aSectionWithABlankHeadingGivesItsBlocksToTheContentBeforeItAndItsSubsectionsMoveUp() {
        Article article = repaired(sections(
                section("blank-first", " ", List.of(Paragraph.of("p0"))),
                section("one", "One", List.of(Paragraph.of("p1")),
                        section("one-a", "One A", List.of(Paragraph.of("p2")))),
                section("blank", "\u00a0", List.of(Paragraph.of("p3")),
                        section("two-a", "Two A", List.of(Paragraph.of("p4"))))));

        assertThat(article.lead()).containsExactly(Paragraph.of("p0"));
        assertThat(article.sections()).containsExactly(
                section("one", "One", List.of(Paragraph.of("p1")),
                        section("one-a", "One A", List.of(Paragraph.of("p2"), Paragraph.of("p3")))),
                section("two-a", "Two A", List.of(Paragraph.of("p4"))));
        assertThat(diagnostics).extracting(PageDiagnostic::path).containsExactly("sections[0].heading",
                "sections[2].heading");
    }

    @Test
    void duplicateAndMalformedIdsBecomeUniqueSlugs() {
        Article article = repaired(sections(
                section("overview", "Overview", List.of()),
                section("overview", "Overview", List.of(), section("overview", "Overview", List.of())),
                section("overview-2", "Overview 2", List.of()),
                section("Not A Slug", "Costs & Benefits", List.of())));

        assertThat(article.allSections()).extracting(Section::id)
                .containsExactly("overview", "overview-3", "overview-4", "overview-2", "costs-benefits");
        assertThat(diagnostics).extracting(PageDiagnostic::path, PageDiagnostic::detail).containsExactly(
                tuple("sections[1].id", "section-id.duplicate: the id \"overview\" became \"overview-3\""),
                tuple("sections[1].subsections[0].id", "section-id.duplicate: the id \"overview\" became \"overview-4\""),
                tuple("sections[3].id", "section-id.malformed: the id \"Not A Slug\" became \"costs-benefits\""));
    }

    @Test
    void sectionsBelowH6BecomeH6SectionsAfterTheirParentInReadingOrder() {
        Section h8 = section("h8", "H8", List.of(Paragraph.of("8")));
        Section h7 = section("h7", "H7", List.of(Paragraph.of("7")), h8);
        Section h6 = section("h6", "H6", List.of(Paragraph.of("6")), h7);
        Section h5 = section("h5", "H5", List.of(), h6);
        Section h4 = section("h4", "H4", List.of(), h5);
        Section h3 = section("h3", "H3", List.of(), h4);
        Article article = repaired(sections(section("h2", "H2", List.of(), h3)));

        Section deepest = article.sections().get(0).subsections().get(0).subsections().get(0).subsections().get(0);
        assertThat(deepest.subsections()).containsExactly(h6.withSubsections(List.of()), h7.withSubsections(List.of()), h8);
        assertThat(article.plainText()).isEqualTo(sections(section("h2", "H2", List.of(), h3)).plainText());
    }

    @Test
    void aSummaryTableWithABlankCellIsReadAsATable() {
        SummaryTable summary = SummaryTable.of("Aspect", "Summary", SummaryRow.of("Cost", "High"), SummaryRow.of("Risk", " "));

        assertThat(repaired(lead(summary)).lead()).containsExactly(new Table(Optional.empty(),
                List.of(row(new TableCell(RichText.of("Aspect"), true, 1, 1), new TableCell(RichText.of("Summary"), true, 1, 1))),
                List.of(row(new TableCell(RichText.of("Cost"), true, 1, 1), cell("High", 1, 1)),
                        row(new TableCell(RichText.of("Risk"), true, 1, 1), cell(" ", 1, 1)))));
    }

    @Test
    void nestingDeeperThanTheValidatorAllowsIsUnwrappedKeepingTheText() {
        Block block = Paragraph.of(new Inline.Text("deep"));
        RichText text = RichText.of("text");
        for (int i = 0; i < 100; i++) {
            block = new Quote(List.of(block, new ListBlock(false, 1, List.of(ListItem.of("item " + i)))),
                    Optional.empty(), Optional.empty());
            text = RichText.of(new Inline.Emphasis(text));
        }
        Article deep = lead(block, new Paragraph(text));

        Article article = repaired(deep);

        assertThat(article.plainText()).isEqualTo(deep.plainText());
        assertThat(diagnostics).extracting(PageDiagnostic::detail).anySatisfy(detail -> assertThat(detail)
                .startsWith("article.too-deep: a quote nested deeper than 64 levels"));
        assertThat(diagnostics).extracting(PageDiagnostic::detail).anySatisfy(detail -> assertThat(detail)
                .startsWith("article.too-deep: emphasis, strong text and links nested deeper"));
    }

    @Test
    void aBlankTitleIsTheFirstHeadingElseTheFirstSentence() {
        Article headed = sections(section("a", "First heading", List.of(Paragraph.of("Text."))));
        Article prose = lead(Paragraph.of("No heading here, but a first sentence. And a second one."));

        assertThat(repaired(headed.withMetadata(Metadata.of(" "))).metadata().title()).isEqualTo("First heading");
        assertThat(repaired(prose.withMetadata(Metadata.of(""))).metadata().title())
                .isEqualTo("No heading here, but a first sentence.");
        assertThat(diagnostics).extracting(PageDiagnostic::path, PageDiagnostic::detail).containsExactly(
                tuple("metadata.title", "title.blank: the page gives no title; the first heading is used: \"First heading\""),
                tuple("metadata.title", "title.blank: the page gives no title; the first sentence is used: "
                        + "\"No heading here, but a first sentence.\""));
    }

    @Test
    void aPageWithoutTitleOrTextIsRefused() {
        Article empty = lead(image("a.jpg")).withMetadata(Metadata.of(""));

        assertThatThrownBy(() -> Repairs.apply(empty, diagnostics)).isInstanceOf(ArticleHtmlException.class)
                .hasMessage("the page holds no article: it has no title and no text");
    }

    @Test
    void aTitleOverTheLimitIsCutAtAWord() {
        String title = "word ".repeat(100).strip();

        Article article = repaired(lead(Paragraph.of("Text.")).withMetadata(Metadata.of(title)));

        assertThat(article.metadata().title()).hasSize(300).endsWith(" word word…");
        assertThat(diagnostics).extracting(PageDiagnostic::words).containsExactly(40);
    }

    @Test
    void whatNoRepairFixesIsABugNamedWithItsCodesAndPaths() {
        Article unsafe = lead(Paragraph.of(Inline.Link.of("javascript:alert(1)", "click")));

        assertThatThrownBy(() -> Repairs.apply(unsafe, diagnostics)).isInstanceOf(ArticleHtmlException.class)
                .hasMessage("the importer made an article that fails validation, which is a bug: "
                        + "url.unsafe-scheme at lead[0].text.inlines[0].href");
    }

    @Test
    void aValidArticleIsReturnedUnchangedWithoutDiagnostics() {
        Article valid = sections(section("a", "A", List.of(Paragraph.of("p"), ListBlock.bulleted("x", "y"),
                Table.of(List.of("h1", "h2"), List.of(List.of("a", "b"))))));

        assertThat(repaired(valid)).isEqualTo(valid);
        assertThat(diagnostics).isEmpty();
    }
}
