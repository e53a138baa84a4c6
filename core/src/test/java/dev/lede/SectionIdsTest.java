package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Section ids as the builders derive them (SectionIds is reached through Article.Builder and Section.Builder). */
class SectionIdsTest {

    private static List<String> ids(Article article) {
        return article.allSections().stream().map(Section::id).toList();
    }

    @Test
    void idIsTheSlugOfTheHeading() {
        Article article = Article.builder()
                .section("Alaska as Venue", s -> {})
                .section("Rhetoric Meets Reality: What Trump and Putin Aim to Achieve", s -> {})
                .build();
        assertThat(ids(article)).containsExactly("alaska-as-venue",
                "rhetoric-meets-reality-what-trump-and-putin-aim-to-achieve");
    }

    @Test
    void repeatedHeadingsGetNumberedFromTwo() {
        Article article = Article.builder()
                .section("Overview", s -> {})
                .section("Overview", s -> {})
                .section("Overview", s -> {})
                .build();
        assertThat(ids(article)).containsExactly("overview", "overview-2", "overview-3");
    }

    /**
     * Issue 12's finding "duplicate headings": each repeat tried {@code a-2}, {@code a-3}, ... from the start, so
     * 40,000 repeats took 39 s. 320,000 (eight times that) must now take well under the limit.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void manyRepeatedHeadingsAreNumberedInLinearTime() {
        Article.Builder builder = Article.builder().title("Repeats");
        for (int i = 0; i < 320_000; i++) {
            builder.section("Same", s -> {});
        }
        List<String> ids = ids(builder.build());

        assertThat(ids).hasSize(320_000).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo("same");
        assertThat(ids.get(319_999)).isEqualTo("same-320000");
    }

    @Test
    void numberingIsAcrossNestingLevelsInReadingOrder() {
        Article article = Article.builder()
                .section("Overview", s -> s.section("Overview", sub -> sub.section("Overview", x -> {})))
                .section("Overview", s -> {})
                .build();
        assertThat(ids(article)).containsExactly("overview", "overview-2", "overview-3", "overview-4");
        assertThat(article.sections()).extracting(Section::id).containsExactly("overview", "overview-4");
    }

    @Test
    void explicitIdsAreKeptAndReservedBeforeAnyIdIsDerived() {
        Article article = Article.builder()
                .section("Overview", s -> {})
                .section("Details", s -> s.section("Other", sub -> sub.id("overview")))
                .section(Section.builder("Overview").id("overview-2"))
                .build();
        assertThat(ids(article)).containsExactly("overview-3", "details", "overview", "overview-2");
    }

    @Test
    void explicitIdsAreNeitherSluggedNorDeduplicated() {
        Article article = Article.builder()
                .section(Section.builder("One").id("Not A Slug!"))
                .section(Section.builder("Two").id("Not A Slug!"))
                .build();
        assertThat(ids(article)).containsExactly("Not A Slug!", "Not A Slug!");
    }

    @Test
    void derivedIdSkipsAnIdThatAnotherHeadingProduces() {
        Article article = Article.builder()
                .section("Overview", s -> {})
                .section("Overview", s -> {})
                .section("Overview 2", s -> {})
                .build();
        assertThat(ids(article)).containsExactly("overview", "overview-2", "overview-2-2").doesNotHaveDuplicates();
    }

    @Test
    void headingWithoutLettersOrDigitsGetsSection() {
        Article article = Article.builder()
                .section("***", s -> {})
                .section("", s -> {})
                .section("Section", s -> {})
                .build();
        assertThat(ids(article)).containsExactly("section", "section-2", "section-3");
    }

    @Test
    void richTextHeadingUsesItsPlainText() {
        Section section = Section.builder(RichText.of(Inline.Emphasis.of("Big"), new Inline.Text(" news"),
                new Inline.Code("v2"))).build();
        assertThat(section.id()).isEqualTo("big-newsv2");
    }

    @Test
    void sameInputGivesSameIds() {
        assertThat(ids(Samples.article())).isEqualTo(ids(Samples.article()))
                .containsExactly("alaska-as-venue", "geography-as-stage", "global-reactions");
        Article.Builder builder = Article.builder().section("A", s -> {}).section("A", s -> {});
        assertThat(ids(builder.build())).isEqualTo(ids(builder.build())).containsExactly("a", "a-2");
    }

    @Test
    void sectionBuilderDerivesUniqueIdsWithinItsOwnTree() {
        Section section = Section.builder("Notes")
                .section("Notes", s -> {})
                .section("Sources", s -> s.section("Notes", x -> {}))
                .build();
        assertThat(section.id()).isEqualTo("notes");
        assertThat(section.subsections()).extracting(Section::id).containsExactly("notes-2", "sources");
        assertThat(section.subsections().get(1).subsections()).extracting(Section::id).containsExactly("notes-3");
    }

    @Test
    void buildersFilledElsewhereAreNumberedWithTheRest() {
        Section.Builder overview = Section.builder("Overview").section(Section.builder("Overview"));
        Article article = Article.builder()
                .section("Overview", s -> {})
                .section(overview)
                .build();
        assertThat(ids(article)).containsExactly("overview", "overview-2", "overview-3");
    }

    @Test
    void sectionsBuiltSeparatelyKeepTheirIdsEvenWhenTheyCollide() {
        Article article = Article.builder().build()
                .withSections(List.of(Section.builder("Overview").build(), Section.builder("Overview").build()));
        assertThat(ids(article)).containsExactly("overview", "overview");
    }

    @Test
    void aBuilderAddedInsideItselfIsRejectedInsteadOfLoopingForever() {
        Section.Builder outer = Section.builder("Outer");
        Section.Builder inner = Section.builder("Inner");
        outer.section(inner);
        inner.section(outer);

        assertThatThrownBy(outer::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Outer\" is added inside itself");
    }
}
