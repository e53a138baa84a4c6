package dev.lede.html.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Figure;
import dev.lede.ListBlock;
import dev.lede.Paragraph;
import dev.lede.Section;
import dev.lede.Table;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageImport;
import dev.lede.html.PageImporter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The importer's reading of layout: titles, layout tables, lists of headed items, one-paragraph pages. */
class LayoutTest {
    private static final URI PAGE = URI.create("https://example.org/post");
    private static final String PROSE = "<p>This sentence is long enough to count as the prose of an article.</p>";
    private static final String HEAD = "<head><meta property=og:title content='The Real Title'></head>";

    private static PageImport importPage(String html) {
        return PageImporter.standard().importPage(html, PAGE);
    }

    private static List<String> headings(Article article) {
        return article.allSections().stream().map(section -> section.heading().plainText()).toList();
    }

    private static List<Block> blocks(Article article) {
        List<Block> blocks = new ArrayList<>(article.lead());
        for (Section section : article.allSections()) {
            blocks.addAll(section.blocks());
        }
        return blocks;
    }

    @Test
    void anH1ThatRepeatsTheTitleIsTheTitleAndOneThatDoesNotIsASection() {
        PageImport repeated = importPage(HEAD + "<body><article><h1>The real title</h1>" + PROSE.repeat(4)
                + "</article></body>");
        PageImport different = importPage(HEAD + "<body><article><h1>Lorem</h1>" + PROSE.repeat(4)
                + "</article></body>");

        assertThat(repeated.article().metadata().title()).as("the title as the reader sees it")
                .isEqualTo("The real title");
        assertThat(headings(repeated.article())).isEmpty();
        assertThat(different.article().metadata().title()).isEqualTo("The Real Title");
        assertThat(headings(different.article())).containsExactly("Lorem");
    }

    @Test
    void anArticleWhoseProseIsOneParagraphKeepsTheHeadingsAroundIt() {
        PageImport imported = importPage("<body><h2>First part</h2><h2>Second part</h2>"
                + "<p>" + "The only paragraph of prose on this page is long, and it says a great deal. ".repeat(3)
                + "</p></body>");

        assertThat(headings(imported.article())).containsExactly("First part", "Second part");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<table role=presentation><tr><td>%s</td><td><p>Aside.</p></td></tr></table>",
            "<table><tr><td>%s</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>",
            "<table><tr><td>%s</td></tr><tr><td><p>Second row.</p></td></tr></table>",
            "<table><tr><td>%s</td><td><h3>Column</h3><ul><li>one</li><li>two</li></ul></td></tr></table>"})
    void aLayoutTableIsReadAsTheBlocksOfItsCells(String layout) {
        PageImport imported = importPage("<body><div>" + PROSE.repeat(2) + layout.formatted(PROSE.repeat(2))
                + "</div></body>");

        List<Block> blocks = blocks(imported.article());
        assertThat(blocks).filteredOn(block -> block instanceof Paragraph)
                .filteredOn(block -> block.toString().contains("This sentence is long enough")).hasSize(4);
        assertThat(blocks).filteredOn(block -> block instanceof Table)
                .allSatisfy(table -> assertThat(table.toString()).doesNotContain("This sentence"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<table><tr><td>Apples</td><td>3</td></tr><tr><td>Pears</td><td>5</td></tr></table>",
            "<table><tr><th>Fruit</th></tr><tr><td>Apples</td></tr><tr><td>Pears</td></tr></table>",
            "<table><caption>Fruit</caption><tr><td><p>Apples</p></td></tr><tr><td>Pears</td></tr></table>"})
    void aDataTableStaysATable(String data) {
        PageImport imported = importPage("<body><article>" + PROSE.repeat(4) + data + "</article></body>");

        assertThat(blocks(imported.article())).filteredOn(block -> block instanceof Table).hasSize(1);
    }

    @Test
    void aTableOfOneImageOverOneLineIsAFigure() {
        PageImport imported = importPage("<body><article>" + PROSE.repeat(4) + "<h2>Design</h2><table><tr><td><a href=/big.png>"
                + "<img src=/small.png alt=Diagram></a></td></tr><tr><td>The block diagram</td></tr></table>"
                + PROSE + "</article></body>");

        List<Block> blocks = blocks(imported.article());
        assertThat(blocks).noneMatch(block -> block instanceof Table);
        assertThat(blocks).filteredOn(block -> block instanceof Figure).singleElement().satisfies(block -> {
            Figure figure = (Figure) block;
            assertThat(figure.image().src()).isEqualTo("https://example.org/small.png");
            assertThat(figure.caption()).hasValueSatisfying(c -> assertThat(c.plainText()).isEqualTo("The block diagram"));
        });
    }

    @Test
    void anImageBesideTextIsNoFigure() {
        PageImport imported = importPage("<body><article>" + PROSE.repeat(4) + "<h2>Design</h2><table role=none>"
                + "<tr><td><img src=/small.png alt=Diagram></td><td>The block diagram</td></tr></table>" + PROSE
                + "</article></body>");

        assertThat(blocks(imported.article())).filteredOn(block -> block instanceof Figure).singleElement()
                .satisfies(figure -> assertThat(((Figure) figure).caption()).isEmpty());
        assertThat(imported.article().plainText()).contains("The block diagram");
    }

    @Test
    void aListWhoseEveryItemOpensWithAHeadingBecomesSections() {
        PageImport imported = importPage("<body><article>" + PROSE.repeat(4) + "<ul>"
                + "<li><a href=/v1><img src=/1.png alt=Shot></a><h2>WebIDE</h2><p>Develop apps.</p></li>"
                + "<li><h2>Valence</h2><p>Debug other browsers.</p></li></ul><div><h2>Sync</h2><p>Sign in.</p></div>"
                + "</article></body>");

        assertThat(headings(imported.article())).containsExactly("WebIDE", "Valence", "Sync");
        Section first = imported.article().sections().get(0);
        assertThat(first.blocks()).hasSize(2).first().isInstanceOf(Figure.class);
        assertThat(imported.diagnostics()).extracting(PageDiagnostic::detail)
                .noneMatch(detail -> detail.contains("heading inside a list"));
    }

    @Test
    void aListOfHeadedItemsWithTextAfterItStaysAListSoThatTheTextJoinsNoItem() {
        PageImport imported = importPage("<body><article>" + PROSE.repeat(4) + "<ul>"
                + "<li><h2>WebIDE</h2><p>Develop apps.</p></li><li><h2>Valence</h2><p>Debug.</p></li></ul>"
                + "<p>Text after the list.</p></article></body>");

        assertThat(headings(imported.article())).isEmpty();
        assertThat(blocks(imported.article())).filteredOn(block -> block instanceof ListBlock).hasSize(1);
    }

    @Test
    void aListWithAnItemThatOpensWithTextStaysAList() {
        PageImport imported = importPage("<body><article>" + PROSE.repeat(4) + "<ul>"
                + "<li><h2>WebIDE</h2><p>Develop apps.</p></li><li>Plain item</li></ul></article></body>");

        assertThat(blocks(imported.article())).filteredOn(block -> block instanceof ListBlock).singleElement()
                .satisfies(list -> assertThat(((ListBlock) list).items()).hasSize(2));
        assertThat(imported.diagnostics()).extracting(PageDiagnostic::detail)
                .anyMatch(detail -> detail.contains("heading inside a list"));
    }
}
