package dev.lede.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Contributor;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 12's findings on the validator: hostile articles cost linear time, and lone surrogates are errors. */
class HostileArticleTest {
    private static final ArticleValidator UNCAPPED =
            ArticleValidator.builder().maxViolations(Integer.MAX_VALUE).build();

    /**
     * Finding "many violations: quadratic": Hibernate Validator put every violation in one hash bucket, and
     * 20,000 unsafe links took 27.5 s; here eight times as many, each reported in reading order.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void manyViolationsCostLinearTimeAndComeInReadingOrder() {
        int count = 160_000;
        List<Block> lead = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lead.add(Paragraph.of(Inline.Link.of("javascript:alert(" + i + ")", "link " + i)));
        }
        Article article = Article.builder().title("T").build().withLead(lead);

        List<Violation> violations = UNCAPPED.validate(article).violations();

        assertThat(violations).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(violations.get(i).path()).isEqualTo("lead[" + i + "].text.inlines[0].href");
        }
        assertThat(violations.get(0)).isEqualTo(new Violation("lead[0].text.inlines[0].href", "url.unsafe-scheme",
                "address must be relative, or use http, https or mailto", Severity.ERROR));
    }

    /** The "caps on every diagnostics list": a report ends with report.truncated after the cap. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void reportsAreCappedWithATruncatedEntryThatKeepsTheVerdict() {
        List<Block> lead = new ArrayList<>();
        for (int i = 0; i < 160_000; i++) {
            lead.add(new Figure(Image.of("https://example.org/" + i + ".png", " "), Optional.empty(),
                    Optional.empty()));
        }
        Article article = Article.builder().title("T").build().withLead(lead);

        ValidationReport report = ArticleValidator.standard().validate(article);
        assertThat(report.violations()).hasSize(ArticleValidator.DEFAULT_MAX_VIOLATIONS + 1);
        assertThat(report.violations().get(999).path()).isEqualTo("lead[999].image.alt");
        assertThat(report.violations().get(1000)).isEqualTo(new Violation("", "report.truncated",
                "more than 1000 violations; the rest are not reported", Severity.WARNING));
        assertThat(report.isValid()).isTrue();

        ValidationReport publishable = ArticleValidator.builder().maxViolations(3).build().validatePublishable(article);
        assertThat(publishable.violations()).extracting(Violation::code, Violation::severity).containsExactly(
                tuple("publisher.missing", Severity.ERROR), tuple("published.missing", Severity.ERROR),
                tuple("hero.missing", Severity.ERROR), tuple("report.truncated", Severity.ERROR));
        assertThat(ArticleValidator.builder().maxViolations(7).build().rebuild().build().maxViolations()).isEqualTo(7);
    }

    /**
     * Finding "rowspan: 2147483647": every row's width summed every rowspan still open, quadratic in the rows;
     * rowspans now count once where they start and once where they end.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hugeRowspansCostLinearTime() {
        int rows = 200_000;
        List<TableRow> body = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            body.add(TableRow.of(new TableCell(RichText.of("c"), false, 1, Integer.MAX_VALUE)));
        }
        Table table = new Table(Optional.empty(), List.of(TableRow.of(new TableCell(RichText.of("h"), true, 1, 1))),
                body);

        List<Violation> all = UNCAPPED.validate(Articles.withLead(table)).violations();
        List<Violation> violations = all.stream().filter(v -> v.code().equals("table.row-width")).toList();

        assertThat(all).filteredOn(v -> v.code().equals("table.span")).hasSize(rows); // each runs past the end
        assertThat(violations).hasSize(rows - 1);
        assertThat(violations.get(0)).isEqualTo(new Violation("lead[0].body[1]", "table.row-width",
                "row spans 2 column(s) but the table has 1", Severity.ERROR));
        assertThat(violations.get(rows - 2).message()).isEqualTo("row spans 200000 column(s) but the table has 1");
    }

    /**
     * Finding "lone surrogates": a lone surrogate in a title validated, then could not be written. Every string of
     * the article is checked, metadata and content alike, and reported where it is.
     */
    @Test
    void aLoneSurrogateInAnyStringIsAnError() {
        String lone = "bad \uD800 text";
        String low = "bad \uDC00";
        Inline.Link link = new Inline.Link("https://example.org/" + lone, Optional.of(low),
                RichText.of(new Inline.Text("link"), new Inline.Code(lone)));
        Article article = Article.builder()
                .title(lone)
                .subtitle("fine \uD83D\uDE00 pair")
                .author(new Contributor(low, Optional.empty()))
                .tags("ok", lone)
                .hero(new Figure(Image.of("https://example.org/h.png", lone), Optional.of(RichText.of(low)),
                        Optional.of(lone)))
                .lead(Paragraph.of(lone))
                .lead(Paragraph.of(Inline.Emphasis.of(lone), link))
                .lead(new Quote(List.of(Paragraph.of("q")), Optional.of(RichText.of(lone)), Optional.empty()))
                .lead(new CodeBlock(Optional.of(low), lone))
                .lead(new SummaryTable(Optional.empty(), lone, "Summary", List.of(SummaryRow.of("a", "b"))))
                .lead(new Table(Optional.empty(), List.of(), List.of(TableRow.of(TableCell.of(lone)))))
                .section(Section.builder(lone).paragraph("p"))
                .note(new Note(NoteKind.EDITORIAL, Optional.of(lone), List.of(Paragraph.of("n"))))
                .build();

        List<Violation> found = ArticleValidator.standard().validate(article).violations().stream()
                .filter(v -> v.code().equals("text.lone-surrogate")).toList();

        assertThat(found).extracting(Violation::path).containsExactly(
                "metadata.title",
                "metadata.authors[0].name",
                "metadata.tags[1]",
                "hero.image.alt",
                "hero.caption.inlines[0].text",
                "hero.credit",
                "lead[0].text.inlines[0].text",
                "lead[1].text.inlines[0].content.inlines[0].text",
                "lead[1].text.inlines[1].href",
                "lead[1].text.inlines[1].title",
                "lead[1].text.inlines[1].content.inlines[1].code",
                "lead[2].attribution.inlines[0].text",
                "lead[3].language",
                "lead[3].code",
                "lead[4].aspectLabel",
                "lead[5].body[0].cells[0].content.inlines[0].text",
                "sections[0].heading.inlines[0].text",
                "notes[0].title");
        assertThat(found).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
        assertThat(found.get(0).message()).contains("lone surrogate");
    }

    /**
     * Lone surrogates in the strings the first test leaves out: an optional string and a record inside an
     * optional in the metadata, an image's address, a quote's source, a summary table's second label and a
     * section's id.
     */
    @Test
    void aLoneSurrogateInAnAddressIdLabelOrOptionalMetadataIsAnError() {
        String lone = "bad\uD800";
        Article article = Article.builder()
                .title("T")
                .subtitle(lone)
                .publisher(lone)
                .lead(new Figure(Image.of("https://example.org/" + lone, "alt"), Optional.empty(), Optional.empty()))
                .lead(new Quote(List.of(Paragraph.of("q")), Optional.empty(), Optional.of("https://example.org/" + lone)))
                .lead(new SummaryTable(Optional.empty(), "Aspect", lone, List.of(SummaryRow.of("a", "b"))))
                .section(Section.builder("H").id("s" + lone).paragraph("p"))
                .build();

        List<Violation> found = ArticleValidator.standard().validate(article).violations().stream()
                .filter(v -> v.code().equals("text.lone-surrogate")).toList();

        assertThat(found).extracting(Violation::path).containsExactly(
                "metadata.subtitle",
                "metadata.publisher.name",
                "lead[0].image.src",
                "lead[1].source",
                "lead[2].summaryLabel",
                "sections[0].id");
    }
}
