package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The block-adding methods of {@link ContentBuilder}, through {@link Section.Builder}. */
class ContentBuilderTest {

    @Test
    void eachMethodAddsTheBlockItNamesInOrder() {
        Section section = Section.builder("All")
                .paragraph("plain")
                .paragraph(new Inline.Text("a "), Inline.Strong.of("b"))
                .bulleted("x", "y")
                .numbered("one")
                .quote("q", "who")
                .figure("a.jpg", "alt", "caption")
                .table(List.of("h"), List.of(List.of("c")))
                .summaryTable("Aspect", "Summary", SummaryRow.of("a", "s"))
                .code("java", "x();")
                .code(null, "y();")
                .divider()
                .block(Paragraph.of("last"))
                .build();

        assertThat(section.blocks()).containsExactly(
                Paragraph.of("plain"),
                Paragraph.of(new Inline.Text("a "), Inline.Strong.of("b")),
                ListBlock.bulleted("x", "y"),
                ListBlock.numbered("one"),
                Quote.of("q", "who"),
                Figure.of("a.jpg", "alt", "caption"),
                Table.of(List.of("h"), List.of(List.of("c"))),
                SummaryTable.of("Aspect", "Summary", SummaryRow.of("a", "s")),
                CodeBlock.of("java", "x();"),
                new CodeBlock(Optional.empty(), "y();"),
                new Divider(),
                Paragraph.of("last"));
    }

    @Test
    void blocksComeBeforeSubsectionsWhateverTheCallOrder() {
        Section section = Section.builder("S")
                .section("Sub", sub -> sub.paragraph("inner"))
                .paragraph("outer")
                .build();
        assertThat(section.blocks()).containsExactly(Paragraph.of("outer"));
        assertThat(section.subsections()).singleElement()
                .satisfies(sub -> assertThat(sub.blocks()).containsExactly(Paragraph.of("inner")));
    }

    @Test
    void subsectionBuilderFilledElsewhereIsAddedInOrder() {
        Section.Builder filledElsewhere = Section.builder("Second").paragraph("2");
        Section section = Section.builder("S")
                .section("First", sub -> sub.paragraph("1"))
                .section(filledElsewhere)
                .build();
        assertThat(section.subsections()).extracting(Section::id).containsExactly("first", "second");
        assertThat(section.subsections().get(1).blocks()).containsExactly(Paragraph.of("2"));
    }

    @Test
    void sectionBuilderCanBeBuiltAgainWithoutChangingWhatItBuilt() {
        Section.Builder builder = Section.builder("S").paragraph("1");
        Section first = builder.build();
        builder.paragraph("2");
        assertThat(first.blocks()).containsExactly(Paragraph.of("1"));
        assertThat(builder.build().blocks()).containsExactly(Paragraph.of("1"), Paragraph.of("2"));
    }

    @Test
    void nullsAreRejectedNamingThem() {
        Section.Builder builder = Section.builder("S");
        assertThatThrownBy(() -> builder.block(null)).hasMessage("block must not be null");
        assertThatThrownBy(() -> builder.paragraph((String) null)).hasMessage("text must not be null");
        assertThatThrownBy(() -> builder.id(null)).hasMessage("id must not be null");
        assertThatThrownBy(() -> builder.section("x", null)).hasMessage("content must not be null");
        assertThatThrownBy(() -> builder.section((String) null, s -> {})).hasMessage("heading must not be null");
        assertThatThrownBy(() -> builder.section((Section.Builder) null)).hasMessage("subsection must not be null");
        assertThatThrownBy(() -> Section.builder((String) null)).hasMessage("heading must not be null");
        assertThatThrownBy(() -> Section.builder((RichText) null)).hasMessage("heading must not be null");
    }
}
