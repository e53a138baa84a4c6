package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTest {
    private final Article article = Samples.article();

    @Test
    void builderPutsEachCallWhereItReads() {
        Metadata metadata = article.metadata();
        assertThat(metadata.title()).isEqualTo("Alaska Summit");
        assertThat(metadata.subtitle()).contains("Prospects and pitfalls");
        assertThat(metadata.description()).contains("What the summit may bring.");
        assertThat(metadata.authors()).containsExactly(Contributor.of("A. Writer"));
        assertThat(metadata.publisher()).contains(Publisher.of("THE MAG POST"));
        assertThat(metadata.language()).contains("en");
        assertThat(metadata.tags()).containsExactly("diplomacy", "arctic");
        assertThat(metadata.published()).isEmpty();
        assertThat(article.hero()).contains(Figure.of("https://example.org/hero.jpg", "The summit venue", "The venue"));
        assertThat(article.lead()).containsExactly(Paragraph.of("Two leaders, a remote Arctic setting."));
        assertThat(article.sections()).extracting(Section::id).containsExactly("alaska-as-venue", "global-reactions");
        assertThat(article.sections().get(0).subsections()).singleElement()
                .extracting(Section::id).isEqualTo("geography-as-stage");
        assertThat(article.sections().get(1).blocks()).containsExactly(ListBlock.bulleted("Europe", "Ukraine"));
        assertThat(article.notes()).containsExactly(
                Note.of(NoteKind.EDITORIAL, "Editorial Note", "Views are the author’s."));
    }

    @Test
    void emptyBuilderGivesAnEmptyDraft() {
        Article empty = Article.builder().build();
        assertThat(empty).isEqualTo(new Article(Metadata.of(""), Optional.empty(), List.of(), List.of(), List.of()));
        assertThat(empty.plainText()).isEmpty();
    }

    @Test
    void articlesBuiltTheSameWayAreEqual() {
        Article again = Samples.article();
        assertThat(again).isEqualTo(article).hasSameHashCodeAs(article).isNotSameAs(article);
        assertThat(again.withMetadata(again.metadata().withTitle("Alaska summit"))).isNotEqualTo(article);
    }

    @Test
    void builderCanBeUsedAgainWithoutChangingWhatItBuilt() {
        Article.Builder builder = Article.builder().title("T").section("One", s -> s.paragraph("1"));
        Article first = builder.build();
        Article second = builder.tags("late").lead("late").section("One", s -> s.paragraph("2")).build();

        assertThat(first.sections()).extracting(Section::id).containsExactly("one");
        assertThat(first.metadata().tags()).isEmpty();
        assertThat(first.lead()).isEmpty();
        assertThat(second.sections()).extracting(Section::id).containsExactly("one", "one-2");
        assertThat(builder.build()).isEqualTo(second);
    }

    @Test
    void builderCopiesTheTagsArray() {
        String[] tags = {"a", "b"};
        Article.Builder builder = Article.builder().tags(tags);
        tags[0] = "changed";
        assertThat(builder.build().metadata().tags()).containsExactly("a", "b");
    }

    @Test
    void nullsAreRejectedNamingWhatWasNull() {
        Metadata metadata = Metadata.of("t");
        Section section = Section.builder("s").build();
        assertThatThrownBy(() -> new Article(null, Optional.empty(), List.of(), List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("metadata must not be null");
        assertThatThrownBy(() -> new Article(metadata, null, List.of(), List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("hero must not be null; use Optional.empty()");
        assertThatThrownBy(() -> new Article(metadata, Optional.empty(), List.of(), Arrays.asList(section, null),
                List.of())).isInstanceOf(NullPointerException.class).hasMessage("sections[1] must not be null");
        assertThatThrownBy(() -> Article.builder().title(null))
                .isInstanceOf(NullPointerException.class).hasMessage("title must not be null");
        assertThatThrownBy(() -> Article.builder().tags("a", null))
                .isInstanceOf(NullPointerException.class).hasMessage("tags[1] must not be null");
        assertThatThrownBy(() -> Article.builder().section("s", null))
                .isInstanceOf(NullPointerException.class).hasMessage("content must not be null");
        assertThatThrownBy(() -> Article.builder().lead((Block) null))
                .isInstanceOf(NullPointerException.class).hasMessage("block must not be null");
    }

    @Test
    void allSectionsIsDepthFirstInReadingOrder() {
        Article nested = Article.builder()
                .section("A", a -> a
                        .section("A1", a1 -> a1.section("A1a", x -> {}))
                        .section("A2", x -> {}))
                .section("B", b -> b.section("B1", x -> {}))
                .build();
        assertThat(nested.allSections()).extracting(Section::id)
                .containsExactly("a", "a1", "a1a", "a2", "b", "b1");
        assertThatThrownBy(() -> nested.allSections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Article.builder().build().allSections()).isEmpty();
    }

    @Test
    void sectionFindsAnIdAtAnyDepth() {
        Article nested = Article.builder()
                .section("A", a -> a.section("A1", a1 -> a1.section("Deep", d -> d.paragraph("here"))))
                .section("B", b -> {})
                .build();
        assertThat(nested.section("deep")).map(Section::blocks).contains(List.of(Paragraph.of("here")));
        assertThat(nested.section("b")).containsSame(nested.sections().get(1));
        assertThat(nested.section("missing")).isEmpty();
        assertThatThrownBy(() -> nested.section(null)).hasMessage("id must not be null");
    }

    @Test
    void sectionReturnsTheFirstOfDuplicateExplicitIds() {
        Article duplicates = Article.builder()
                .section(Section.builder("First").id("same"))
                .section(Section.builder("Second").id("same"))
                .build();
        assertThat(duplicates.section("same")).map(s -> s.heading().plainText()).contains("First");
    }

    @Test
    void plainTextHasTitleSubtitleCaptionLeadSectionsAndNotesSeparatedByBlankLines() {
        assertThat(article.plainText()).isEqualTo(String.join("\n\n",
                "Alaska Summit",
                "Prospects and pitfalls",
                "The venue",
                "Two leaders, a remote Arctic setting.",
                "Alaska as Venue",
                "Alaska’s chill and vastness.",
                "Geography as Stage",
                "Vast distances.",
                "Global Reactions",
                "Europe\nUkraine",
                "Editorial Note",
                "Views are the author’s."));
    }

    @Test
    void plainTextLeavesOutMetadataThatIsNotRead() {
        String text = article.plainText();
        assertThat(text).doesNotContain("What the summit may bring.", "A. Writer", "THE MAG POST", "diplomacy",
                "The summit venue", "https://");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|0",
        "Alaska|1",
        "US-Russia|2",
        "US-Russia Alaska Summit: Prospects and Pitfalls|7",
        "'  many   spaces  '|2",
        "Alaska’s chill|2",
        "August 2025, 9:00|4",
        "日本語の見出し and more|3",
        "café naïve|2"})
    void wordCountCountsRunsOfLettersAndDigits(String title, int words) {
        assertThat(Article.builder().title(title).build().wordCount()).isEqualTo(words);
    }

    @Test
    void wordCountCoversTheWholeArticle() {
        assertThat(article.wordCount()).isEqualTo(35); // "Alaska’s" and "author’s" are one word each
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "230,1", "231,2", "460,2", "461,3"})
    void readingTimeRoundsUpToWholeMinutesAt230WordsAMinute(int words, long minutes) {
        Article text = Article.builder().lead(String.join(" ", Collections.nCopies(words, "word"))).build();
        assertThat(text.wordCount()).isEqualTo(words);
        assertThat(text.readingTime()).isEqualTo(Duration.ofMinutes(minutes));
    }
}
