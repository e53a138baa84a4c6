package dev.lede.assertj;

import static dev.lede.assertj.Failures.failureOf;
import static dev.lede.assertj.Failures.message;
import static dev.lede.assertj.LedeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Figure;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Section;
import dev.lede.Table;
import dev.lede.testing.SeedArticle;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every check and navigation of {@link ArticleAssert}, passing on the seed article and failing with its message. */
class ArticleAssertTest {
    private static final Article SEED = SeedArticle.article();
    private static final String TITLE = "US-Russia Alaska Summit: Prospects and Pitfalls";
    private static final String OUTLINE = """
            US-Russia Alaska Summit: A Geopolitical Crossroads
            The Background and Stakes of the US-Russia Alaska Summit
            Rhetoric Meets Reality: What Trump and Putin Aim to Achieve
            Alaska as Venue in the US-Russia Alaska Summit
              Geography as Stage
              Domestic Signals
            Global Reactions to the US-Russia Alaska Summit
              European and Ukrainian Perspectives
              Possible Peace Scenarios and Barriers
            Operational Realities: Logistics, Media, and Security
              Venue, Security, and Protocols
              Media Narratives and Public Messaging
            The Path Forward: Risks, Opportunities, and Watchpoints
            The Final Solution: US-Russia Alaska Summit Takeaways
              Consolidated Insights
              Long-Term Implications for US-Russia Relations
            """;
    private static final String SECTIONS = String.join("\n",
            "  \"US-Russia Alaska Summit: A Geopolitical Crossroads\" #us-russia-alaska-summit-a-geopolitical-crossroads",
            "  \"The Background and Stakes of the US-Russia Alaska Summit\" #the-background-and-stakes-of-the-us-russia-alaska-summit",
            "  \"Rhetoric Meets Reality: What Trump and Putin Aim to Achieve\" #rhetoric-meets-reality-what-trump-and-putin-aim-to-achieve",
            "  \"Alaska as Venue in the US-Russia Alaska Summit\" #alaska-as-venue-in-the-us-russia-alaska-summit",
            "    \"Geography as Stage\" #geography-as-stage",
            "    \"Domestic Signals\" #domestic-signals",
            "  \"Global Reactions to the US-Russia Alaska Summit\" #global-reactions-to-the-us-russia-alaska-summit",
            "    \"European and Ukrainian Perspectives\" #european-and-ukrainian-perspectives",
            "    \"Possible Peace Scenarios and Barriers\" #possible-peace-scenarios-and-barriers",
            "  \"Operational Realities: Logistics, Media, and Security\" #operational-realities-logistics-media-and-security",
            "    \"Venue, Security, and Protocols\" #venue-security-and-protocols",
            "    \"Media Narratives and Public Messaging\" #media-narratives-and-public-messaging",
            "  \"The Path Forward: Risks, Opportunities, and Watchpoints\" #the-path-forward-risks-opportunities-and-watchpoints",
            "  \"The Final Solution: US-Russia Alaska Summit Takeaways\" #the-final-solution-us-russia-alaska-summit-takeaways",
            "    \"Consolidated Insights\" #consolidated-insights",
            "    \"Long-Term Implications for US-Russia Relations\" #long-term-implications-for-us-russia-relations");

    @Test
    void hasTitle() {
        assertThat(SEED).hasTitle(TITLE);
        failureOf(() -> assertThat(SEED).hasTitle("Alaska Summit")).isEqualTo(message("",
                "Expecting title:", "  \"Alaska Summit\"", "but was:", "  \"" + TITLE + "\""));
    }

    @Test
    void hasAuthors() {
        Article signed = Article.builder().title("t").author("Ann Example").author("Bo Sample").build();
        assertThat(signed).hasAuthors("Ann Example", "Bo Sample");
        assertThat(SEED).hasAuthors();
        failureOf(() -> assertThat(signed).hasAuthors("Bo Sample")).isEqualTo(message("",
                "Expecting authors:", "  [\"Bo Sample\"]", "but were:", "  [\"Ann Example\", \"Bo Sample\"]"));
    }

    @Test
    void hasPublisher() {
        assertThat(SEED).hasPublisher("THE MAG POST");
        failureOf(() -> assertThat(SEED).hasPublisher("The Mag Post")).isEqualTo(message("",
                "Expecting publisher:", "  \"The Mag Post\"", "but was:", "  \"THE MAG POST\""));
        failureOf(() -> assertThat(Article.builder().title("t").build()).hasPublisher("X")).isEqualTo(message("",
                "Expecting publisher:", "  \"X\"", "but there is none"));
    }

    @Test
    void isPublishedOn() {
        assertThat(SEED).isPublishedOn(LocalDate.of(2025, 8, 14));
        failureOf(() -> assertThat(SEED).isPublishedOn(LocalDate.of(2025, 8, 15))).isEqualTo(message("",
                "Expecting to be published on:", "  2025-08-15", "but was published on:",
                "  2025-08-14 (2025-08-14T09:00Z)"));
        failureOf(() -> assertThat(Article.builder().title("t").build()).isPublishedOn(LocalDate.of(2025, 8, 15)))
                .isEqualTo(message("", "Expecting to be published on:", "  2025-08-15",
                        "but there is no published date"));
    }

    @Test
    void hasLanguage() {
        assertThat(SEED).hasLanguage("en");
        failureOf(() -> assertThat(SEED).hasLanguage("en-US")).isEqualTo(message("",
                "Expecting language:", "  \"en-US\"", "but was:", "  \"en\""));
    }

    @Test
    void isValid() {
        assertThat(SEED).isValid();
        Article broken = SEED.withMetadata(SEED.metadata().withTitle(" "))
                .withHero(Optional.of(Figure.of("https://example.org/a.jpg", "", "caption")));
        failureOf(() -> assertThat(broken).isValid()).isEqualTo(message("",
                "Expecting the article to be valid, but the validator reported 1 error, 1 warning:",
                "  ERROR metadata.title: title must not be blank [title.blank]",
                "  WARNING hero.image.alt: image needs alt text [image.alt-missing]"));
    }

    @Test
    void isPublishable() {
        assertThat(SEED).isPublishable();
        Article draft = SEED.withHero(Optional.empty());
        failureOf(() -> assertThat(draft).isPublishable()).isEqualTo(message("",
                "Expecting the article to be publishable, but the validator reported 1 error, 0 warnings:",
                "  ERROR hero: a publishable article needs a hero image [hero.missing]"));
    }

    @Test
    void hasNoViolationsExcept() {
        Article noAlt = SEED.withHero(Optional.of(Figure.of("https://example.org/a.jpg", "", "caption")));
        assertThat(SEED).hasNoViolationsExcept();
        assertThat(noAlt).hasNoViolationsExcept("image.alt-missing");
        failureOf(() -> assertThat(noAlt).hasNoViolationsExcept("title.blank")).isEqualTo(message("",
                "Expecting no violations except [\"title.blank\"], but the validator reported 1 other violation:",
                "  WARNING hero.image.alt: image needs alt text [image.alt-missing]"));
    }

    @Test
    void validationNavigatesToTheReport() {
        assertThat(SEED).validation().hasNoViolations();
        Article untitled = SEED.withMetadata(SEED.metadata().withTitle(""));
        failureOf(() -> assertThat(untitled).validation().isValid()).isEqualTo(message("validation",
                "Expecting the article to be valid, but the validator reported 1 error, 0 warnings:",
                "  ERROR metadata.title: title must not be blank [title.blank]"));
    }

    @Test
    void hasOutline() {
        assertThat(SEED).hasOutline(OUTLINE);
        String wrong = OUTLINE.replace("Domestic Signals", "Domestic signals")
                .replace("  Consolidated Insights\n", "");
        failureOf(() -> assertThat(SEED).hasOutline(wrong)).isEqualTo(message("",
                "Expecting the outline to be as expected, but it differs (- expected, + actual):",
                "  US-Russia Alaska Summit: A Geopolitical Crossroads",
                "  The Background and Stakes of the US-Russia Alaska Summit",
                "  Rhetoric Meets Reality: What Trump and Putin Aim to Achieve",
                "  Alaska as Venue in the US-Russia Alaska Summit",
                "    Geography as Stage",
                "-   Domestic signals",
                "+   Domestic Signals",
                "  Global Reactions to the US-Russia Alaska Summit",
                "    European and Ukrainian Perspectives",
                "    Possible Peace Scenarios and Barriers",
                "  Operational Realities: Logistics, Media, and Security",
                "    Venue, Security, and Protocols",
                "    Media Narratives and Public Messaging",
                "  The Path Forward: Risks, Opportunities, and Watchpoints",
                "  The Final Solution: US-Russia Alaska Summit Takeaways",
                "+   Consolidated Insights",
                "    Long-Term Implications for US-Russia Relations"));
    }

    @Test
    void containsText() {
        assertThat(SEED).containsText("Geography as Stage", "Putin and Trump");
        failureOf(() -> assertThat(SEED).containsText("Putin and Trump", "Latest Posts")).isEqualTo(message("",
                "Expecting the article's text to contain:", "  [\"Putin and Trump\", \"Latest Posts\"]",
                "but could not find:", "  [\"Latest Posts\"]"));
    }

    @Test
    void doesNotContainTextNamesTheSectionWhereItWasFound() {
        assertThat(SEED).doesNotContainText("Latest Posts", "Rated 0 out of 5");
        failureOf(() -> assertThat(SEED).doesNotContainText("Latest Posts", "juxtaposition", "ai representative image"))
                .isEqualTo(message("",
                        "Expecting the article's text not to contain:",
                        "  [\"Latest Posts\", \"juxtaposition\", \"ai representative image\"]",
                        "but",
                        "found \"juxtaposition\" in:",
                        "  sections[3].subsections[0] \"Geography as Stage\"",
                        "found \"ai representative image\" in:",
                        "  hero.caption"));
    }

    @Test
    void hasWordCountBetween() {
        assertThat(SEED).hasWordCountBetween(2000, 3000);
        failureOf(() -> assertThat(SEED).hasWordCountBetween(100, 1000)).isEqualTo(message("",
                "Expecting a word count between 100 and 1000, but the article has 2604 words"));
    }

    @Test
    void hasReadingTimeAtMost() {
        assertThat(SEED).hasReadingTimeAtMost(Duration.ofMinutes(12));
        failureOf(() -> assertThat(SEED).hasReadingTimeAtMost(Duration.ofMinutes(10))).isEqualTo(message("",
                "Expecting a reading time of at most 10 min, but the article takes 12 min (2604 words at 230 a minute)"));
    }

    @Test
    void metadataNavigates() {
        assertThat(SEED).metadata().hasTitle(TITLE);
        failureOf(() -> assertThat(SEED).metadata().hasTitle("X")).isEqualTo(message("metadata",
                "Expecting title:", "  \"X\"", "but was:", "  \"" + TITLE + "\""));
    }

    @Test
    void heroNavigatesOrSaysThereIsNone() {
        assertThat(SEED).hero().hasAlt("US-Russia Alaska summit");
        failureOf(() -> assertThat(SEED.withHero(Optional.empty())).hero()).isEqualTo(message("",
                "Expecting the article to have a hero figure, but it has none"));
    }

    @Test
    void leadNavigates() {
        assertThat(SEED).lead().hasBlockCount(1).block(0).isParagraph().containsText("Two leaders");
        failureOf(() -> assertThat(SEED).lead().block(0).isParagraph().containsText("Three leaders"))
                .isEqualTo(message("lead[0]", "Expecting the paragraph's text to contain:", "  [\"Three leaders\"]",
                        "but could not find:", "  [\"Three leaders\"]"));
    }

    @Test
    void sectionsAreAListAssertion() {
        assertThat(SEED).sections().hasSize(8).extracting(Section::id)
                .startsWith("us-russia-alaska-summit-a-geopolitical-crossroads");
        assertThat(SEED).allSections().hasSize(16);
        assertThat(SEED).headings().contains("Geography as Stage").doesNotHaveDuplicates();
        failureOf(() -> assertThat(SEED).sections().hasSize(7)).startsWith("[sections] ");
        failureOf(() -> assertThat(SEED).headings().contains("Comments")).startsWith("[headings] ");
        failureOf(() -> assertThat(SEED).allSections().hasSize(15)).startsWith("[all sections] ");
    }

    @Test
    void sectionFindsAnyDepthOrListsTheSections() {
        assertThat(SEED).section("geography-as-stage").hasHeading("Geography as Stage");
        failureOf(() -> assertThat(SEED).section("geography")).isEqualTo(message("",
                "Expecting a section with id:", "  \"geography\"", "but the article's sections are:", SECTIONS));
    }

    @Test
    void sectionTitledFindsAnyDepthOrListsTheSections() {
        assertThat(SEED).sectionTitled("Geography as Stage").hasId("geography-as-stage");
        failureOf(() -> assertThat(SEED).sectionTitled("Geography As Stage")).isEqualTo(message("",
                "Expecting a section with heading:", "  \"Geography As Stage\"", "but the article's sections are:",
                SECTIONS));
    }

    @Test
    void aNavigatedAssertionIsDescribedByItsPath() {
        failureOf(() -> assertThat(SEED).sectionTitled("Geography as Stage").hasId("geography"))
                .isEqualTo(message("sections[3].subsections[0] \"Geography as Stage\"",
                        "Expecting id:", "  \"geography\"", "but was:", "  \"geography-as-stage\""));
        failureOf(() -> assertThat(SEED).as("seed").section("geography-as-stage").block(1).isSummaryTable())
                .startsWith("[seed: sections[3].subsections[0].blocks[1]] \nExpecting the block to be a summary table, "
                        + "but it is a paragraph \"");
    }

    @Test
    void notesNavigate() {
        assertThat(SEED).notes().hasSize(1);
        assertThat(SEED).note(0).isOfKind(NoteKind.EDITORIAL).hasTitle("Important Editorial Note");
        failureOf(() -> assertThat(SEED).note(1)).isEqualTo(message("",
                "Expecting a note at index 1, but the article has 1 note:",
                "  notes[0]: editorial \"Important Editorial Note\""));
        failureOf(() -> assertThat(SEED).notes().isEmpty()).startsWith("[notes] ");
    }

    @Test
    void summaryTableIsTheOnlyOneOrAFailureListingTheBlocks() {
        assertThat(SEED).summaryTable().aspects().contains("Key players");
        assertThat(SEED).summaryTable(0).hasLabels("Aspect", "Summary");
        Article none = Article.builder().title("t").lead("Only a lead.")
                .section("One", s -> s.paragraph("First.").section("Two", t -> t.paragraph("Second."))).build();
        failureOf(() -> assertThat(none).summaryTable()).isEqualTo(message("",
                "Expecting one summary table in the article, but there is none among its 3 blocks:",
                "  lead[0]: paragraph \"Only a lead.\"",
                "  sections[0].blocks[0]: paragraph \"First.\"",
                "  sections[0].subsections[0].blocks[0]: paragraph \"Second.\""));
        Section takeaways = SEED.section("long-term-implications-for-us-russia-relations").orElseThrow();
        Article two = SEED.withSections(List.of(takeaways, takeaways.withId("again")));
        failureOf(() -> assertThat(two).summaryTable()).isEqualTo(message("",
                "Expecting one summary table in the article, but there are 2:",
                "  sections[0].blocks[2]: summary table \"Aspect Summary Key players Putin and Trump, with aides guid…\"",
                "  sections[1].blocks[2]: summary table \"Aspect Summary Key players Putin and Trump, with aides guid…\"",
                "Pick one with summaryTable(index)."));
        failureOf(() -> assertThat(SEED).summaryTable(1)).isEqualTo(message("",
                "Expecting summary table 1 (counting from 0) in the article, but there is 1 summary table:",
                "  sections[7].subsections[1].blocks[2]: summary table \"Aspect Summary Key players Putin and Trump, with aides guid…\""));
    }

    @Test
    void tableAndFigureCountOnlyTheirKind() {
        Article article = Article.builder().title("t")
                .section("Data", s -> s.paragraph("Numbers.")
                        .block(Table.of(List.of("Year", "Count"), List.of(List.of("2024", "3"))))
                        .block(Figure.of("https://example.org/chart.png", "A chart", "The chart")))
                .build();
        assertThat(article).table(0).hasHeader("Year", "Count");
        assertThat(article).figure(0).hasCaption("The chart");
        failureOf(() -> assertThat(article).table(1)).isEqualTo(message("",
                "Expecting table 1 (counting from 0) in the article, but there is 1 table:",
                "  sections[0].blocks[1]: table \"Year Count 2024 3\""));
        failureOf(() -> assertThat(SEED).figure(0)).startsWith(message("",
                "Expecting figure 0 (counting from 0) in the article, but there is no figure among its 32 blocks:",
                "  lead[0]: paragraph \"US-Russia Alaska Summit: A Geopolitical Crossroads. Two lea…\""))
                .endsWith("\n  … and 12 more");
    }

    @Test
    void isEqualToShowsTheStructuralDiff() {
        assertThat(SEED).isEqualTo(SeedArticle.article()).isEqualTo(SEED.withNotes(SEED.notes()));
        Section domestic = SEED.section("domestic-signals").orElseThrow();
        Section venue = SEED.sections().get(3);
        Section changed = venue.withSubsections(List.of(venue.subsections().get(0),
                domestic.withHeading(dev.lede.RichText.of("Domestic signals"))));
        List<Section> sections = new java.util.ArrayList<>(SEED.sections());
        sections.set(3, changed);
        Article actual = SEED.withSections(sections).withMetadata(SEED.metadata().withTitle("Alaska Summit"));
        failureOf(() -> assertThat(actual).isEqualTo(SEED)).isEqualTo(message("",
                "Expecting the article to equal the expected one, but they differ in 2 places (path: expected → actual):",
                "metadata.title: \"" + TITLE + "\" → \"Alaska Summit\"",
                "sections[3].subsections[1].heading: \"Domestic Signals\" → \"Domestic signals\""));
    }

    @Test
    void isEqualToCapsTheDiffAndLeavesOtherValuesToAssertJ() {
        List<Section> sections = new java.util.ArrayList<>(SEED.sections());
        java.util.Collections.reverse(sections);
        Article reversed = SEED.withSections(sections);
        failureOf(() -> assertThat(reversed).isEqualTo(SEED))
                .startsWith(message("", "Expecting the article to equal the expected one, but they differ in "))
                .endsWith(" more");
        failureOf(() -> assertThat(SEED).isEqualTo("an article")).startsWith("\nexpected: \"an article\"");
        assertThat((Article) null).isEqualTo(null);
        assertThat(reversed).usingComparator((a, b) -> 0).isEqualTo(SEED);
        failureOf(() -> assertThat(reversed).usingComparator((a, b) -> 1).isEqualTo(SEED))
                .doesNotContain("they differ in");
    }

    @Test
    void aNullArticleFailsAsInAssertJ() {
        failureOf(() -> assertThat((Article) null).hasTitle("t")).isEqualTo(message("",
                "Expecting actual not to be null"));
        failureOf(() -> assertThat((Article) null).section("x")).isEqualTo(message("",
                "Expecting actual not to be null"));
    }

    @Test
    void blocksBuiltByHandAreChecked() {
        assertThat(Article.builder().title("t").lead(Paragraph.of("x")).build()).lead().block(0).isParagraph()
                .hasText("x");
    }
}
