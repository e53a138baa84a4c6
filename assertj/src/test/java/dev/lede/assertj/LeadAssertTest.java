package dev.lede.assertj;

import static dev.lede.assertj.Failures.failureOf;
import static dev.lede.assertj.Failures.message;
import static dev.lede.assertj.LedeAssertions.assertThat;

import dev.lede.Article;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.testing.SeedArticle;
import org.junit.jupiter.api.Test;

/** Every check and navigation of {@link LeadAssert}. */
class LeadAssertTest {
    private static final Article SEED = SeedArticle.article();
    private static final String LEAD_0 =
            "  lead[0]: paragraph \"US-Russia Alaska Summit: A Geopolitical Crossroads. Two lea…\"";
    private static final Article BOXED = Article.builder().title("t").lead("Two leaders.")
            .lead(SummaryTable.of("Aspect", "Summary", SummaryRow.of("Venue", "Alaska")))
            .lead(dev.lede.Figure.of("https://example.org/map.png", "A map", "The map")).build();

    @Test
    void hasBlockCount() {
        assertThat(SEED).lead().hasBlockCount(1);
        failureOf(() -> assertThat(SEED).lead().hasBlockCount(2)).isEqualTo(message("lead",
                "Expecting the lead to hold 2 blocks, but it holds 1:", LEAD_0));
    }

    @Test
    void block() {
        assertThat(SEED).lead().block(0).isParagraph();
        failureOf(() -> assertThat(SEED).lead().block(1)).isEqualTo(message("lead",
                "Expecting a block at index 1 in the lead, but there is 1 block:", LEAD_0));
    }

    @Test
    void containsText() {
        assertThat(SEED).lead().containsText("Two leaders");
        failureOf(() -> assertThat(SEED).lead().containsText("Geography as Stage")).isEqualTo(message("lead",
                "Expecting the lead's text to contain:", "  [\"Geography as Stage\"]", "but could not find:",
                "  [\"Geography as Stage\"]"));
    }

    @Test
    void doesNotContainText() {
        assertThat(SEED).lead().doesNotContainText("Geography as Stage");
        failureOf(() -> assertThat(SEED).lead().doesNotContainText("Two leaders")).isEqualTo(message("lead",
                "Expecting the lead's text not to contain:", "  [\"Two leaders\"]", "but",
                "found \"Two leaders\" in:", "  lead[0]"));
    }

    @Test
    void summaryTableTableAndFigureSearchTheLeadOnly() {
        assertThat(BOXED).lead().summaryTable().summaryOf("Venue").hasPlainText("Alaska");
        assertThat(BOXED).lead().figure(0).hasCaption("The map");
        failureOf(() -> assertThat(SEED).lead().summaryTable()).isEqualTo(message("lead",
                "Expecting one summary table in the lead, but there is none among its 1 block:", LEAD_0));
        failureOf(() -> assertThat(BOXED).lead().table(0)).isEqualTo(message("lead",
                "Expecting table 0 (counting from 0) in the lead, but there is no table among its 3 blocks:",
                "  lead[0]: paragraph \"Two leaders.\"",
                "  lead[1]: summary table \"Aspect Summary Venue Alaska\"",
                "  lead[2]: figure \"The map\""));
    }
}
