package dev.lede.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Figure;
import dev.lede.NoteKind;
import dev.lede.SummaryTable;
import dev.lede.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The reader takes what the importer hands it as values before what the markup says, and nothing more. */
class ImportedPartsTest {
    private static final String PAGE = "<article><h1>Title</h1><p>Text of the story.</p>"
            + "<table><tr><td>Aspect</td><td>What it comes to</td></tr><tr><td>Cost</td><td>High</td></tr></table>"
            + "<figure><img src=\"a.jpg\" alt=\"A picture\"><figcaption>A caption</figcaption></figure>"
            + "<aside class=\"correction\"><h2>Note</h2><p>A line of the note.</p></aside></article>";

    private static Article read(Document document, ImportedParts parts) {
        return HtmlReader.read(document, null, 512, parts).article();
    }

    @Test
    void withoutFindingsTheMarkupDecides() {
        Article article = read(Jsoup.parse(PAGE), ImportedParts.NONE);

        assertThat(article.lead()).hasAtLeastOneElementOfType(Table.class)
                .noneMatch(block -> block instanceof SummaryTable);
        assertThat(article.notes()).singleElement().satisfies(note -> assertThat(note.kind())
                .isEqualTo(NoteKind.CORRECTION));
        assertThat(article.lead()).filteredOn(block -> block instanceof Figure).singleElement()
                .satisfies(block -> assertThat(((Figure) block).credit()).isEmpty());
    }

    @Test
    void theImportersFindingsComeFirst() {
        Document document = Jsoup.parse(PAGE);
        ImportedParts parts = ImportedParts.create();
        parts.summaryTable(document.selectFirst("table"));
        parts.note(document.selectFirst("aside"), NoteKind.DISCLOSURE);
        Element figure = document.selectFirst("figure");
        parts.credit(figure, "Photo: A. Person");
        parts.credit(figure, "Agency");

        Article article = read(document, parts);

        assertThat(article.lead()).filteredOn(block -> block instanceof SummaryTable).singleElement()
                .satisfies(block -> assertThat(((SummaryTable) block).rows()).hasSize(2));
        assertThat(article.notes()).singleElement().satisfies(note -> assertThat(note.kind())
                .isEqualTo(NoteKind.DISCLOSURE));
        assertThat(article.lead()).filteredOn(block -> block instanceof Figure).singleElement()
                .satisfies(block -> assertThat(((Figure) block).credit()).contains("Photo: A. Person Agency"));
        // Values, not markers: the page's DOM is as the importer left it.
        assertThat(document.select("[data-lede], [data-kind]")).isEmpty();
    }
}
