package dev.lede.assertj;

import static dev.lede.assertj.Failures.failureOf;
import static dev.lede.assertj.Failures.message;
import static dev.lede.assertj.LedeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.ListBlock;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.testing.SeedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockAssert} and the assertions of each kind of block, reached through {@code isParagraph()} and its
 * siblings or directly through the overloads of {@code assertThat}.
 */
class BlockAssertTest {
    private static final Article SEED = SeedArticle.article();
    private static final Block PARAGRAPH = Paragraph.of("Two leaders, a remote Arctic setting.");
    private static final Block SUMMARY = SummaryTable.of("Aspect", "Summary",
            SummaryRow.of("Key players", "Putin and Trump"), SummaryRow.of("Venue & timing", "Alaska in August 2025"));
    private static final Block LIST = ListBlock.bulleted("Security guarantees", "Arms control");
    private static final Block QUOTE = Quote.of("Diplomacy is the art of the possible.", "An envoy");
    private static final Block FIGURE = Figure.of("https://example.org/map.png", "A map of the Bering Strait", "The strait");
    private static final Block TABLE = Table.of(List.of("Year", "Visits"), List.of(List.of("1959", "1"), List.of("2025", "2")));
    private static final Block CODE = CodeBlock.of("java", "Article.builder()");
    private static final Block DIVIDER = new Divider();

    @Test
    void isParagraph() {
        assertThat(PARAGRAPH).isParagraph().hasText("Two leaders, a remote Arctic setting.");
        failureOf(() -> assertThat(SUMMARY).isParagraph()).isEqualTo(message("",
                "Expecting the block to be a paragraph, but it is a summary table \"Aspect Summary Key players Putin and "
                        + "Trump Venue & timing A…\""));
    }

    @Test
    void isList() {
        assertThat(LIST).isList().isBulleted();
        failureOf(() -> assertThat(PARAGRAPH).isList()).isEqualTo(message("",
                "Expecting the block to be a list, but it is a paragraph \"Two leaders, a remote Arctic setting.\""));
    }

    @Test
    void isQuote() {
        assertThat(QUOTE).isQuote().hasAttribution("An envoy");
        failureOf(() -> assertThat(PARAGRAPH).isQuote()).isEqualTo(message("",
                "Expecting the block to be a quote, but it is a paragraph \"Two leaders, a remote Arctic setting.\""));
    }

    @Test
    void isFigure() {
        assertThat(FIGURE).isFigure().hasCaption("The strait");
        failureOf(() -> assertThat(TABLE).isFigure()).isEqualTo(message("",
                "Expecting the block to be a figure, but it is a table \"Year Visits 1959 1 2025 2\""));
    }

    @Test
    void isTable() {
        assertThat(TABLE).isTable().hasHeader("Year", "Visits");
        failureOf(() -> assertThat(SUMMARY).isTable()).startsWith(message("",
                "Expecting the block to be a table, but it is a summary table"));
    }

    @Test
    void isSummaryTable() {
        assertThat(SUMMARY).isSummaryTable().aspects().containsExactly("Key players", "Venue & timing");
        failureOf(() -> assertThat(TABLE).isSummaryTable()).isEqualTo(message("",
                "Expecting the block to be a summary table, but it is a table \"Year Visits 1959 1 2025 2\""));
    }

    @Test
    void isCode() {
        assertThat(CODE).isCode().hasLanguage("java");
        failureOf(() -> assertThat(DIVIDER).isCode()).isEqualTo(message("",
                "Expecting the block to be a code block, but it is a divider"));
    }

    @Test
    void isDivider() {
        assertThat(DIVIDER).isDivider();
        failureOf(() -> assertThat(CODE).isDivider()).isEqualTo(message("",
                "Expecting the block to be a divider, but it is a code block \"Article.builder()\""));
    }

    @Test
    void blockContainsText() {
        assertThat(QUOTE).containsText("art of the possible");
        failureOf(() -> assertThat(QUOTE).containsText("impossible")).isEqualTo(message("",
                "Expecting the block's text to contain:", "  [\"impossible\"]", "but could not find:",
                "  [\"impossible\"]"));
    }

    @Test
    void blockDoesNotContainText() {
        assertThat(QUOTE).doesNotContainText("impossible");
        failureOf(() -> assertThat(SEED).section("geography-as-stage").block(0).doesNotContainText("juxtaposition"))
                .isEqualTo(message("sections[3].subsections[0].blocks[0]",
                        "Expecting the block's text not to contain:", "  [\"juxtaposition\"]", "but",
                        "found \"juxtaposition\" in:", "  sections[3].subsections[0].blocks[0]"));
    }

    @Test
    void aKindReachedByNavigationKeepsThePath() {
        failureOf(() -> assertThat(SEED).section("long-term-implications-for-us-russia-relations").block(2)
                .isSummaryTable().hasLabels("Aspect", "Outcome"))
                .isEqualTo(message("sections[7].subsections[1].blocks[2]",
                        "Expecting labels:", "  [\"Aspect\", \"Outcome\"]", "but were:", "  [\"Aspect\", \"Summary\"]"));
    }

    // The assertions of each kind, directly through the overloads.

    @Test
    void paragraphHasText() {
        Paragraph paragraph = (Paragraph) PARAGRAPH;
        assertThat(paragraph).hasText("Two leaders, a remote Arctic setting.");
        failureOf(() -> assertThat(paragraph).hasText("Two leaders")).isEqualTo(message("",
                "Expecting the paragraph's text:", "  \"Two leaders\"", "but was:",
                "  \"Two leaders, a remote Arctic setting.\""));
    }

    @Test
    void paragraphContainsText() {
        Paragraph paragraph = (Paragraph) PARAGRAPH;
        assertThat(paragraph).containsText("Arctic", "leaders");
        failureOf(() -> assertThat(paragraph).containsText("Antarctic")).isEqualTo(message("",
                "Expecting the paragraph's text to contain:", "  [\"Antarctic\"]", "but could not find:",
                "  [\"Antarctic\"]"));
    }

    @Test
    void paragraphDoesNotContainText() {
        Paragraph paragraph = (Paragraph) PARAGRAPH;
        assertThat(paragraph).doesNotContainText("Antarctic");
        failureOf(() -> assertThat(paragraph).doesNotContainText("Arctic")).isEqualTo(message("",
                "Expecting the paragraph's text not to contain:", "  [\"Arctic\"]", "but", "found \"Arctic\" in:",
                "  the paragraph"));
    }

    @Test
    void paragraphTextNavigates() {
        assertThat((Paragraph) PARAGRAPH).text().isPlain();
        failureOf(() -> assertThat(SEED).lead().block(0).isParagraph().text().hasPlainText("x"))
                .startsWith(message("lead[0].text", "Expecting the plain text:", "  \"x\"", "but was:"));
    }

    @Test
    void listIsOrderedOrBulleted() {
        ListBlock bulleted = (ListBlock) LIST;
        ListBlock numbered = ListBlock.numbered("One", "Two");
        assertThat(bulleted).isBulleted();
        assertThat(numbered).isOrdered();
        failureOf(() -> assertThat(bulleted).isOrdered()).isEqualTo(message("",
                "Expecting a numbered list, but it is bulleted"));
        failureOf(() -> assertThat(numbered).isBulleted()).isEqualTo(message("",
                "Expecting a bulleted list, but it is numbered"));
    }

    @Test
    void listItems() {
        assertThat((ListBlock) LIST).items().containsExactly("Security guarantees", "Arms control");
        failureOf(() -> assertThat((ListBlock) LIST).items().contains("Sanctions")).startsWith("[items] ");
    }

    @Test
    void quoteHasAttribution() {
        Quote quote = (Quote) QUOTE;
        assertThat(quote).hasAttribution("An envoy");
        failureOf(() -> assertThat(quote).hasAttribution("A minister")).isEqualTo(message("",
                "Expecting attribution:", "  \"A minister\"", "but was:", "  \"An envoy\""));
    }

    @Test
    void quoteTextAndBlocks() {
        Quote quote = (Quote) QUOTE;
        assertThat(quote).containsText("possible").doesNotContainText("impossible").block(0).isParagraph();
        failureOf(() -> assertThat(quote).containsText("impossible")).isEqualTo(message("",
                "Expecting the quote's text to contain:", "  [\"impossible\"]", "but could not find:",
                "  [\"impossible\"]"));
        failureOf(() -> assertThat(quote).doesNotContainText("possible")).isEqualTo(message("",
                "Expecting the quote's text not to contain:", "  [\"possible\"]", "but", "found \"possible\" in:",
                "  the quote"));
        failureOf(() -> assertThat(quote).block(1)).isEqualTo(message("",
                "Expecting a block at index 1 in the quote, but there is 1 block:",
                "  blocks[0]: paragraph \"Diplomacy is the art of the possible.\""));
    }

    @Test
    void figureHasSrcAltAndCaption() {
        Figure figure = (Figure) FIGURE;
        assertThat(figure).hasSrc("https://example.org/map.png").hasAlt("A map of the Bering Strait")
                .hasCaption("The strait");
        failureOf(() -> assertThat(figure).hasSrc("map.png")).isEqualTo(message("",
                "Expecting image src:", "  \"map.png\"", "but was:", "  \"https://example.org/map.png\""));
        failureOf(() -> assertThat(figure).hasAlt("")).isEqualTo(message("",
                "Expecting image alt:", "  \"\"", "but was:", "  \"A map of the Bering Strait\""));
        failureOf(() -> assertThat(SEED).hero().hasCaption("Alaska")).isEqualTo(message("hero",
                "Expecting caption:", "  \"Alaska\"", "but was:",
                "  \"US-Russia Alaska Summit: Prospects and Pitfalls (ai representative image)\""));
        failureOf(() -> assertThat(Figure.of(dev.lede.Image.of("a.png", "a"))).hasCaption("A")).isEqualTo(message("",
                "Expecting caption:", "  \"A\"", "but there is none"));
    }

    @Test
    void tableChecks() {
        Table table = (Table) TABLE;
        assertThat(table).hasHeader("Year", "Visits").hasRowCount(2);
        assertThat(table).row(1).containsExactly("2025", "2");
        failureOf(() -> assertThat(table).hasHeader("Year")).isEqualTo(message("",
                "Expecting header:", "  [\"Year\"]", "but was:", "  [\"Year\", \"Visits\"]"));
        failureOf(() -> assertThat(table).hasRowCount(3)).isEqualTo(message("",
                "Expecting 3 body rows, but the table has 2"));
        failureOf(() -> assertThat(table).row(2)).isEqualTo(message("",
                "Expecting a body row at index 2, but the table has 2 body rows"));
        failureOf(() -> assertThat(table).row(0).containsExactly("1959")).startsWith("[body[0]] ");
    }

    @Test
    void tableHasCaption() {
        Table captioned = new Table(java.util.Optional.of(dev.lede.RichText.of("Visits")), List.of(), List.of());
        assertThat(captioned).hasCaption("Visits");
        failureOf(() -> assertThat((Table) TABLE).hasCaption("Visits")).isEqualTo(message("",
                "Expecting caption:", "  \"Visits\"", "but there is none"));
    }

    @Test
    void summaryTableHasLabels() {
        SummaryTable table = (SummaryTable) SUMMARY;
        assertThat(table).hasLabels("Aspect", "Summary");
        failureOf(() -> assertThat(table).hasLabels("Topic", "Summary")).isEqualTo(message("",
                "Expecting labels:", "  [\"Topic\", \"Summary\"]", "but were:", "  [\"Aspect\", \"Summary\"]"));
    }

    @Test
    void summaryTableRowsAspectsAndSummaries() {
        assertThat(SEED).summaryTable().rows().hasSize(4);
        assertThat(SEED).summaryTable().aspects()
                .containsExactly("Key players", "Venue & timing", "Potential outcomes", "Geopolitical significance");
        assertThat(SEED).summaryTable().summaries().first().asString().startsWith("Putin and Trump");
        failureOf(() -> assertThat(SEED).summaryTable().aspects().contains("Risks"))
                .startsWith("[sections[7].subsections[1].blocks[2] aspects] ");
        failureOf(() -> assertThat(SEED).summaryTable().rows().isEmpty())
                .startsWith("[sections[7].subsections[1].blocks[2].rows] ");
        failureOf(() -> assertThat((SummaryTable) SUMMARY).summaries().isEmpty()).startsWith("[summaries] ");
    }

    @Test
    void summaryOfAnAspect() {
        assertThat(SEED).summaryTable().summaryOf("Venue & timing").containsText("Alaska in August 2025");
        failureOf(() -> assertThat(SEED).summaryTable().summaryOf("Key players").containsText("Zelensky"))
                .isEqualTo(message("sections[7].subsections[1].blocks[2].rows[0].summary",
                        "Expecting the text to contain:", "  [\"Zelensky\"]", "but could not find:", "  [\"Zelensky\"]"));
        failureOf(() -> assertThat((SummaryTable) SUMMARY).summaryOf("Risks")).isEqualTo(message("",
                "Expecting a row with aspect:", "  \"Risks\"", "but the aspects are:",
                "  [\"Key players\", \"Venue & timing\"]"));
    }

    @Test
    void codeBlockChecks() {
        CodeBlock code = (CodeBlock) CODE;
        assertThat(code).hasLanguage("java").hasCode("Article.builder()");
        failureOf(() -> assertThat(code).hasLanguage("kotlin")).isEqualTo(message("",
                "Expecting language:", "  \"kotlin\"", "but was:", "  \"java\""));
        failureOf(() -> assertThat(code).hasCode("Article.builder().build()")).isEqualTo(message("",
                "Expecting code:", "  \"Article.builder().build()\"", "but was:", "  \"Article.builder()\""));
    }
}
