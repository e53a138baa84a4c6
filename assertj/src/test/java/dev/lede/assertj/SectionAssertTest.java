package dev.lede.assertj;

import static dev.lede.assertj.Failures.failureOf;
import static dev.lede.assertj.Failures.message;
import static dev.lede.assertj.LedeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Section;
import dev.lede.testing.SeedArticle;
import org.junit.jupiter.api.Test;

/** Every check and navigation of {@link SectionAssert}, on the seed article's sections. */
class SectionAssertTest {
    private static final Article SEED = SeedArticle.article();
    private static final Section VENUE = SEED.section("alaska-as-venue-in-the-us-russia-alaska-summit").orElseThrow();
    private static final String VENUE_PATH = "sections[3] \"Alaska as Venue in the US-Russia Alaska Summit\"";

    @Test
    void hasId() {
        assertThat(VENUE).hasId("alaska-as-venue-in-the-us-russia-alaska-summit");
        failureOf(() -> assertThat(VENUE).hasId("alaska")).isEqualTo(message("",
                "Expecting id:", "  \"alaska\"", "but was:", "  \"alaska-as-venue-in-the-us-russia-alaska-summit\""));
    }

    @Test
    void hasHeading() {
        assertThat(VENUE).hasHeading("Alaska as Venue in the US-Russia Alaska Summit");
        failureOf(() -> assertThat(SEED).section("domestic-signals").hasHeading("Domestic signals"))
                .isEqualTo(message("sections[3].subsections[1] \"Domestic Signals\"",
                        "Expecting heading:", "  \"Domestic signals\"", "but was:", "  \"Domestic Signals\""));
    }

    @Test
    void hasContent() {
        assertThat(VENUE).hasContent();
        assertThat(SEED).section("the-final-solution-us-russia-alaska-summit-takeaways").hasContent();
        failureOf(() -> assertThat(Section.builder("Empty").build()).hasContent()).isEqualTo(message("",
                "Expecting section \"Empty\" to hold blocks or subsections, but it holds neither"));
    }

    @Test
    void hasOutline() {
        assertThat(VENUE).hasOutline("""
                Alaska as Venue in the US-Russia Alaska Summit
                  Geography as Stage
                  Domestic Signals
                """);
        failureOf(() -> assertThat(SEED).section("alaska-as-venue-in-the-us-russia-alaska-summit").hasOutline("""
                Alaska as Venue in the US-Russia Alaska Summit
                  Domestic Signals
                  Geography as Stage
                """)).isEqualTo(message(VENUE_PATH,
                "Expecting the outline to be as expected, but it differs (- expected, + actual):",
                "  Alaska as Venue in the US-Russia Alaska Summit",
                "-   Domestic Signals",
                "    Geography as Stage",
                "+   Domestic Signals"));
    }

    @Test
    void containsText() {
        assertThat(VENUE).containsText("Geography as Stage", "juxtaposition");
        failureOf(() -> assertThat(VENUE).containsText("Kyiv")).isEqualTo(message("",
                "Expecting the section's text to contain:", "  [\"Kyiv\"]", "but could not find:", "  [\"Kyiv\"]"));
    }

    @Test
    void doesNotContainTextNamesTheSubsection() {
        assertThat(VENUE).doesNotContainText("Kyiv");
        failureOf(() -> assertThat(SEED).section("alaska-as-venue-in-the-us-russia-alaska-summit")
                .doesNotContainText("juxtaposition")).isEqualTo(message(VENUE_PATH,
                "Expecting the section's text not to contain:", "  [\"juxtaposition\"]", "but",
                "found \"juxtaposition\" in:", "  sections[3].subsections[0] \"Geography as Stage\""));
        failureOf(() -> assertThat(VENUE).doesNotContainText("Alaska as Venue")).isEqualTo(message("",
                "Expecting the section's text not to contain:", "  [\"Alaska as Venue\"]", "but",
                "found \"Alaska as Venue\" in:", "  section \"Alaska as Venue in the US-Russia Alaska Summit\""));
    }

    @Test
    void blockNavigatesToTheSectionsOwnBlocks() {
        assertThat(VENUE).block(1).isParagraph().containsText("Arctic");
        failureOf(() -> assertThat(SEED).section("alaska-as-venue-in-the-us-russia-alaska-summit").block(2))
                .isEqualTo(message(VENUE_PATH,
                        "Expecting a block at index 2 in section \"Alaska as Venue in the US-Russia Alaska Summit\", "
                                + "but there are 2 blocks:",
                        "  sections[3].blocks[0]: paragraph \"Alaska’s chill and vastness offer a rare neutrality for a c…\"",
                        "  sections[3].blocks[1]: paragraph \"The Arctic locale also carries symbolic weight. It undersco…\""));
    }

    @Test
    void blocksAndSectionsAreListAssertions() {
        assertThat(VENUE).blocks().hasSize(2);
        assertThat(VENUE).sections().extracting(Section::id).containsExactly("geography-as-stage", "domestic-signals");
        failureOf(() -> assertThat(SEED).section("geography-as-stage").blocks().isEmpty())
                .startsWith("[sections[3].subsections[0].blocks] ");
        failureOf(() -> assertThat(VENUE).sections().isEmpty()).startsWith("[subsections] ");
    }

    @Test
    void sectionFindsASubsectionOrListsThem() {
        assertThat(VENUE).section("domestic-signals").hasHeading("Domestic Signals");
        failureOf(() -> assertThat(SEED).section("alaska-as-venue-in-the-us-russia-alaska-summit")
                .section("consolidated-insights")).isEqualTo(message(VENUE_PATH,
                "Expecting a subsection with id:", "  \"consolidated-insights\"",
                "but the subsections of section \"Alaska as Venue in the US-Russia Alaska Summit\" are:",
                "  \"Geography as Stage\" #geography-as-stage", "  \"Domestic Signals\" #domestic-signals"));
    }

    @Test
    void sectionTitledFindsASubsectionOrListsThem() {
        assertThat(VENUE).sectionTitled("Domestic Signals").hasId("domestic-signals");
        failureOf(() -> assertThat(VENUE).sectionTitled("Consolidated Insights")).isEqualTo(message("",
                "Expecting a subsection with heading:", "  \"Consolidated Insights\"",
                "but the subsections of section \"Alaska as Venue in the US-Russia Alaska Summit\" are:",
                "  \"Geography as Stage\" #geography-as-stage", "  \"Domestic Signals\" #domestic-signals"));
    }

    @Test
    void summaryTableSearchesTheSubsectionsToo() {
        assertThat(SEED).section("the-final-solution-us-russia-alaska-summit-takeaways").summaryTable()
                .hasLabels("Aspect", "Summary");
        failureOf(() -> assertThat(SEED).section("domestic-signals").summaryTable())
                .isEqualTo(message("sections[3].subsections[1] \"Domestic Signals\"",
                        "Expecting one summary table in section \"Domestic Signals\", but there is none among its 2 blocks:",
                        "  sections[3].subsections[1].blocks[0]: paragraph \"Inside the United States, public opinion, congressional dyn…\"",
                        "  sections[3].subsections[1].blocks[1]: paragraph \"For allies and adversaries alike, the summit serves as a si…\""));
    }

    @Test
    void tableAndFigureNavigateWithinTheSection() {
        Section data = Section.builder("Data").paragraph("Numbers.")
                .table(java.util.List.of("Year", "Count"), java.util.List.of(java.util.List.of("2024", "3")))
                .figure("https://example.org/chart.png", "A chart", "The chart").build();
        assertThat(data).table(0).hasRowCount(1);
        assertThat(data).figure(0).hasAlt("A chart");
        failureOf(() -> assertThat(data).figure(1)).isEqualTo(message("",
                "Expecting figure 1 (counting from 0) in section \"Data\", but there is 1 figure:",
                "  blocks[2]: figure \"The chart\""));
        failureOf(() -> assertThat(VENUE).table(0)).startsWith(message("",
                "Expecting table 0 (counting from 0) in section \"Alaska as Venue in the US-Russia Alaska Summit\", "
                        + "but there is no table among its 6 blocks:"));
    }
}
