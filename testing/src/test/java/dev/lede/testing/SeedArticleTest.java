package dev.lede.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Figure;
import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Publisher;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedArticleTest {
    private static final String SEED_FILE = "000_dcc2ccb4b0210a62.txt";

    /** The lines of the seed page that are site chrome, not article content. */
    private static final List<String> CHROME = List.of("top of page", "Latest Posts", "From our network :",
            "Comments", "Rated 0 out of 5 stars.", "No ratings yet", "Add a rating", "bottom of page");

    private final Article article = SeedArticle.article();

    /**
     * Reads the page text from ../shared/seed (beside the repository root) and is skipped when that folder is
     * absent. The fixture's plain text, split into its paragraphs, headings and table cells, must be exactly the
     * page's non-chrome lines in the page's order: nothing left out, nothing added, nothing reordered.
     */
    @Test
    void fixtureHoldsExactlyTheSeedPagesContentInOrder() throws IOException {
        Optional<Path> seed = seedFile();
        assumeTrue(seed.isPresent(), "../shared/seed/" + SEED_FILE + " is absent");
        List<String> lines = Files.readAllLines(seed.get(), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines).as("the chrome lines this test excludes are on the page").containsAll(CHROME);

        List<String> content = new ArrayList<>(lines);
        content.removeAll(CHROME);
        // The page prints the hero image's alt text where the image is; the model keeps it on the image, and
        // plain text (like a reader's eye) skips it.
        assertThat(content.remove(1)).isEqualTo(article.hero().orElseThrow().image().alt());

        String plainText = article.plainText();
        assertThat(plainText.split("[\n\t]+")).containsExactlyElementsOf(content);
        assertThat(CHROME).allSatisfy(chrome -> assertThat(plainText).doesNotContain(chrome));
    }

    @Test
    void metadataIsThePagesPlusTheDocumentedInventedDate() {
        assertThat(article.metadata().title()).isEqualTo("US-Russia Alaska Summit: Prospects and Pitfalls");
        assertThat(article.metadata().publisher()).contains(Publisher.of("THE MAG POST"));
        assertThat(article.metadata().language()).contains("en");
        assertThat(article.metadata().published()).contains(OffsetDateTime.parse("2025-08-14T09:00:00Z"));
        assertThat(article.metadata().authors()).isEmpty();
    }

    @Test
    void heroHasAltTextAndTheAiImageCaption() {
        Figure hero = article.hero().orElseThrow();
        assertThat(hero.image().src()).startsWith("https://");
        assertThat(hero.image().alt()).isEqualTo("US-Russia Alaska summit");
        assertThat(hero.caption()).contains(
                RichText.of("US-Russia Alaska Summit: Prospects and Pitfalls (ai representative image)"));
    }

    @Test
    void leadIsTheOneOpeningParagraph() {
        assertThat(article.lead()).singleElement()
                .isInstanceOfSatisfying(Paragraph.class, paragraph -> assertThat(paragraph.text().plainText())
                        .startsWith("US-Russia Alaska Summit: A Geopolitical Crossroads. Two leaders, ")
                        .endsWith("This section unpacks the signals and stakes that define the encounter."));
    }

    @Test
    void topLevelSectionsAreThePagesH2sInOrder() {
        assertThat(article.sections()).extracting(section -> section.heading().plainText()).containsExactly(
                "US-Russia Alaska Summit: A Geopolitical Crossroads",
                "The Background and Stakes of the US-Russia Alaska Summit",
                "Rhetoric Meets Reality: What Trump and Putin Aim to Achieve",
                "Alaska as Venue in the US-Russia Alaska Summit",
                "Global Reactions to the US-Russia Alaska Summit",
                "Operational Realities: Logistics, Media, and Security",
                "The Path Forward: Risks, Opportunities, and Watchpoints",
                "The Final Solution: US-Russia Alaska Summit Takeaways");
    }

    @Test
    void h3sAreSubsectionsOfTheirH2WithDerivedIds() {
        Section venue = article.section("alaska-as-venue-in-the-us-russia-alaska-summit").orElseThrow();
        assertThat(venue).isSameAs(article.sections().get(3));
        assertThat(venue.subsections()).extracting(Section::id, section -> section.heading().plainText())
                .containsExactly(
                        tuple("geography-as-stage", "Geography as Stage"),
                        tuple("domestic-signals", "Domestic Signals"));
        assertThat(article.section("geography-as-stage")).containsSame(venue.subsections().get(0));

        assertThat(article.sections()).extracting(section -> section.subsections().size())
                .containsExactly(0, 0, 0, 2, 2, 2, 0, 2);
        assertThat(article.allSections()).extracting(Section::id).doesNotHaveDuplicates().hasSize(16);
        assertThat(article.sections().get(7).subsections()).extracting(Section::id)
                .containsExactly("consolidated-insights", "long-term-implications-for-us-russia-relations");
    }

    @Test
    void everySectionHasTwoPlainParagraphsExceptTheTakeawaysWhichHasOnlySubsections() {
        for (Section section : article.allSections()) {
            List<Block> paragraphs = section.blocks().stream().filter(Paragraph.class::isInstance).toList();
            boolean takeaways = section.id().equals("the-final-solution-us-russia-alaska-summit-takeaways");
            assertThat(paragraphs).as(section.id()).hasSize(takeaways ? 0 : 2)
                    .allSatisfy(block -> assertThat(((Paragraph) block).text().isPlain()).isTrue());
        }
    }

    @Test
    void summaryTableClosesTheLastSubsection() {
        Section last = article.section("long-term-implications-for-us-russia-relations").orElseThrow();
        assertThat(last.blocks()).hasSize(3).last().isInstanceOfSatisfying(SummaryTable.class, table -> {
            assertThat(table.aspectLabel()).isEqualTo("Aspect");
            assertThat(table.summaryLabel()).isEqualTo("Summary");
            assertThat(table.caption()).isEmpty();
            assertThat(table.rows()).extracting(row -> row.aspect().plainText()).containsExactly(
                    "Key players", "Venue & timing", "Potential outcomes", "Geopolitical significance");
            assertThat(table.rows()).extracting(SummaryRow::summary).allSatisfy(summary -> assertThat(
                    summary.plainText()).isNotBlank());
        });
        assertThat(article.allSections()).filteredOn(section -> section != last)
                .allSatisfy(section -> assertThat(section.blocks()).noneMatch(SummaryTable.class::isInstance));
    }

    @Test
    void editorialNoteIsTheOnlyNote() {
        assertThat(article.notes()).hasSize(1);
        Note note = article.notes().get(0);
        assertThat(note.kind()).isEqualTo(NoteKind.EDITORIAL);
        assertThat(note.title()).contains("Important Editorial Note");
        assertThat(note.blocks()).singleElement().isInstanceOfSatisfying(Paragraph.class, paragraph -> assertThat(
                paragraph.text().plainText()).startsWith("The views and insights shared in this article"));
    }

    @Test
    void typographyIsKeptAsOnThePage() {
        assertThat(article.lead().get(0).plainText()).contains("gesture—every sentence—will", "it's a litmus test");
        assertThat(article.sections().get(3).blocks().get(0).plainText()).startsWith("Alaska’s chill");
        assertThat(article.notes().get(0).plainText()).contains("The 'THE MAG POST'\u00A0website");
    }

    private static Optional<Path> seedFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                Path seed = dir.resolve("../shared/seed").resolve(SEED_FILE).normalize();
                return Files.isRegularFile(seed) ? Optional.of(seed) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
