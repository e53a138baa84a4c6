package dev.lede.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Articles far larger or deeper than real ones: the diff walks them in linear time, without recursion over
 * blocks and sections, and each difference stays small however many there are.
 */
class LargeArticleDiffTest {
    private static final int COUNT = 100_000;

    @Test
    void aHundredThousandDifferingBlocks() {
        ArticleDiff diff = ArticleDiff.between(lead(COUNT, ""), lead(COUNT, "!"));

        assertThat(diff.differences()).hasSize(COUNT);
        for (int i = 0; i < COUNT; i++) {
            Difference difference = diff.differences().get(i);
            assertThat(difference.path()).isEqualTo("lead[" + i + "].text");
            assertThat(difference.actual()).isEqualTo("\"paragraph " + i + "!\"");
        }
        assertThat(diff.differences().get(COUNT - 1))
                .hasToString("lead[99999].text: \"paragraph 99999\" → \"paragraph 99999!\"");
        assertThat(diff.toString().lines()).hasSize(ArticleDiff.DEFAULT_MAX_LINES + 1)
                .endsWith("… and 99980 more");
    }

    @Test
    void aHundredThousandEqualBlocksBuiltApart() {
        Article expected = lead(COUNT, "");
        Article actual = lead(COUNT, "");

        assertThat(expected).isNotSameAs(actual).isEqualTo(actual);
        assertThat(ArticleDiff.between(expected, actual).isEmpty()).isTrue();
    }

    @Test
    void aHundredThousandBlocksOnOneSideOnly() {
        Article empty = lead(0, "");

        ArticleDiff added = ArticleDiff.between(empty, lead(COUNT, ""));
        ArticleDiff removed = ArticleDiff.between(lead(COUNT, ""), empty);

        assertThat(added.differences()).hasSize(COUNT);
        assertThat(added.differences().get(COUNT - 1))
                .hasToString("lead[99999]: (none) → Paragraph \"paragraph 99999\"");
        assertThat(removed.differences()).hasSize(COUNT);
        assertThat(removed.differences().get(0)).hasToString("lead[0]: Paragraph \"paragraph 0\" → (none)");
    }

    @Test
    void aHundredThousandSectionsAndItems() {
        List<Section> sections = new ArrayList<>();
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            sections.add(Section.builder("Section " + i).build());
            items.add(ListItem.of("item " + i));
        }
        Article expected = lead(0, "").withSections(sections);
        Article actual = lead(0, "").withLead(List.of(new ListBlock(false, 1, items)));

        ArticleDiff diff = ArticleDiff.between(expected, actual);

        assertThat(diff.differences()).hasSize(COUNT + 1);
        assertThat(diff.differences().get(0)).hasToString("lead[0]: (none) → ListBlock bulleted, 100000 items");
        assertThat(diff.differences().get(COUNT)).hasToString("sections[99999]: Section \"Section 99999\" → (none)");
    }

    @Test
    void tenThousandNestedQuotesDoNotOverflowTheStack() {
        int depth = 10_000;

        ArticleDiff diff = ArticleDiff.between(lead(nested(depth, "deep")), lead(nested(depth, "deeper")));

        assertThat(diff.differences()).hasSize(1);
        Difference difference = diff.differences().get(0);
        assertThat(difference.path()).isEqualTo("lead[0]" + ".blocks[0]".repeat(depth) + ".text");
        assertThat(difference.expected()).isEqualTo("\"deep\"");
        assertThat(difference.actual()).isEqualTo("\"deeper\"");
    }

    @Test
    void tenThousandNestedSectionsDoNotOverflowTheStack() {
        int depth = 10_000;

        ArticleDiff diff = ArticleDiff.between(lead(0, "").withSections(List.of(nestedSection(depth, "Deep"))),
                lead(0, "").withSections(List.of(nestedSection(depth, "Deeper"))));

        assertThat(diff.differences()).extracting(Difference::path)
                .containsExactly("sections[0]" + ".subsections[0]".repeat(depth - 1) + ".heading");
    }

    private static Block nested(int depth, String text) {
        Block block = Paragraph.of(text);
        for (int i = 0; i < depth; i++) {
            block = new Quote(List.of(block), Optional.empty(), Optional.empty());
        }
        return block;
    }

    private static Section nestedSection(int depth, String heading) {
        Section section = Section.builder(heading).id("s").build();
        for (int i = 1; i < depth; i++) {
            section = Section.builder("Level").id("s").build().withSubsections(List.of(section));
        }
        return section;
    }

    private static Article lead(int count, String suffix) {
        List<Block> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            blocks.add(Paragraph.of("paragraph " + i + suffix));
        }
        return lead(blocks.toArray(Block[]::new));
    }

    private static Article lead(Block... blocks) {
        return ArticleDiffTest.lead(blocks);
    }
}
