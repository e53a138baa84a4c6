package dev.lede.assertj;

import dev.lede.Block;
import dev.lede.Section;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.Parts;
import dev.lede.assertj.internal.TextParts;
import dev.lede.assertj.internal.Texts;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a {@link Section}: its id, heading, content, outline and text, and navigation to its blocks
 * and subsections. Made by {@link LedeAssertions#assertThat(Section)} or by navigating from an article.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class SectionAssert extends AbstractContentAssert<SectionAssert, Section> {
    /**
     * @param actual the section; may be null, which every check reports as a failure
     */
    public SectionAssert(Section actual) {
        super(actual, SectionAssert.class);
    }

    @Override
    List<Located<Block>> contentBlocks() {
        return Parts.blocks(actual, path());
    }

    @Override
    String scope() {
        return "section " + Texts.quote(actual.heading().plainText());
    }

    /**
     * Checks the id.
     *
     * @param id the expected id
     * @return this assertion
     */
    public SectionAssert hasId(String id) {
        nonNull(id, "id");
        return check(s -> s.id().equals(id) ? Optional.empty()
                : Optional.of("Expecting id:\n  " + Texts.quote(id) + "\nbut was:\n  " + Texts.quote(s.id())));
    }

    /**
     * Checks the heading's plain text.
     *
     * @param heading the expected heading
     * @return this assertion
     */
    public SectionAssert hasHeading(String heading) {
        nonNull(heading, "heading");
        return check(s -> s.heading().plainText().equals(heading) ? Optional.empty()
                : Optional.of("Expecting heading:\n  " + Texts.quote(heading) + "\nbut was:\n  "
                        + Texts.quote(s.heading().plainText())));
    }

    /**
     * Checks that the section holds a block or a subsection.
     *
     * @return this assertion
     */
    public SectionAssert hasContent() {
        return check(s -> s.blocks().isEmpty() && s.subsections().isEmpty()
                ? Optional.of("Expecting section " + Texts.quote(s.heading().plainText())
                        + " to hold blocks or subsections, but it holds neither")
                : Optional.empty());
    }

    /**
     * Checks the outline of the section: its heading at the left margin, then its subsections' indented by two
     * spaces a level; see {@link ArticleAssert#hasOutline(String)}.
     *
     * @param outline the expected outline
     * @return this assertion
     */
    public SectionAssert hasOutline(String outline) {
        nonNull(outline, "outline");
        return check(s -> ArticleAssert.outlineFailure(outline, Parts.outline(List.of(s))));
    }

    /**
     * Checks that the section's plain text (with its subsections') holds each value.
     *
     * @param values the texts looked for
     * @return this assertion
     */
    public SectionAssert containsText(String... values) {
        return checkContains("the section's text", Section::plainText, values);
    }

    /**
     * Checks that the section's plain text (with its subsections') holds none of the values; the failure names
     * the section or subsection, by path and heading, where each was found.
     *
     * @param values the texts that must not be there
     * @return this assertion
     */
    public SectionAssert doesNotContainText(String... values) {
        return checkDoesNotContain("the section's text", s -> TextParts.of(s, path()), Section::plainText, values);
    }

    /**
     * Navigates to one of the section's own blocks (not its subsections'); fails listing the blocks there are.
     *
     * @param index from 0
     * @return an assertion on the block
     */
    public BlockAssert block(int index) {
        return blockAt(Section::blocks, Parts.join(path(), "blocks"), index, this::scope);
    }

    /**
     * The section's own blocks, as AssertJ's list assertion.
     *
     * @return an assertion on the list
     */
    public ListAssert<Block> blocks() {
        return navigateToList(Parts.join(path(), "blocks"), Section::blocks);
    }

    /**
     * The subsections, as AssertJ's list assertion.
     *
     * @return an assertion on the list
     */
    public ListAssert<Section> sections() {
        return navigateToList(Parts.join(path(), "subsections"), Section::subsections);
    }

    /**
     * Navigates to the subsection with the given id, at any depth; fails listing the subsections.
     *
     * @param id the id
     * @return an assertion on the subsection
     */
    public SectionAssert section(String id) {
        nonNull(id, "id");
        return navigate(SectionAssert.class, Section.class, SectionAssert::new,
                () -> Parts.subsections(actual, path()).stream().filter(s -> s.value().id().equals(id)).findFirst(),
                () -> "Expecting a subsection with id:\n  " + Texts.quote(id) + "\nbut the subsections of "
                        + scope() + " are:\n" + subsectionListing());
    }

    /**
     * Navigates to the first subsection, at any depth in reading order, whose heading's plain text is the given
     * one; fails listing the subsections.
     *
     * @param heading the heading
     * @return an assertion on the subsection
     */
    public SectionAssert sectionTitled(String heading) {
        nonNull(heading, "heading");
        return navigate(SectionAssert.class, Section.class, SectionAssert::new,
                () -> Parts.subsections(actual, path()).stream()
                        .filter(s -> s.value().heading().plainText().equals(heading)).findFirst(),
                () -> "Expecting a subsection with heading:\n  " + Texts.quote(heading) + "\nbut the subsections of "
                        + scope() + " are:\n" + subsectionListing());
    }

    private String subsectionListing() {
        return Texts.listing(Parts.sectionLines(Parts.subsections(actual, path()), Parts.depth(path())));
    }
}
