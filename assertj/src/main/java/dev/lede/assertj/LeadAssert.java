package dev.lede.assertj;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.Parts;
import dev.lede.assertj.internal.Texts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assertions on an article's lead, the blocks before its first section ({@link Article#lead()}). Reached by
 * {@link ArticleAssert#lead()}.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class LeadAssert extends AbstractContentAssert<LeadAssert, List<Block>> {
    /**
     * @param actual the lead's blocks; may be null, which every check reports as a failure
     */
    public LeadAssert(List<Block> actual) {
        super(actual, LeadAssert.class);
    }

    @Override
    List<Located<Block>> contentBlocks() {
        return Parts.indexed(actual, path().isEmpty() ? "lead" : path());
    }

    @Override
    String scope() {
        return "the lead";
    }

    private String listPath() {
        return path().isEmpty() ? "lead" : path();
    }

    /**
     * Checks how many blocks the lead holds.
     *
     * @param count the expected number
     * @return this assertion
     */
    public LeadAssert hasBlockCount(int count) {
        return check(blocks -> blocks.size() == count ? Optional.empty()
                : Optional.of("Expecting the lead to hold " + Texts.count(count, "block") + ", but it holds "
                        + blocks.size() + ":\n" + Texts.listing(Parts.blockLines(Parts.indexed(blocks, listPath())))));
    }

    /**
     * Navigates to a block of the lead; fails listing the blocks there are.
     *
     * @param index from 0
     * @return an assertion on the block
     */
    public BlockAssert block(int index) {
        return blockAt(blocks -> blocks, listPath(), index, this::scope);
    }

    /**
     * Checks that the lead's plain text holds each value.
     *
     * @param values the texts looked for
     * @return this assertion
     */
    public LeadAssert containsText(String... values) {
        return checkContains("the lead's text", LeadAssert::text, values);
    }

    /**
     * Checks that the lead's plain text holds none of the values; the failure names the blocks where each was
     * found.
     *
     * @param values the texts that must not be there
     * @return this assertion
     */
    public LeadAssert doesNotContainText(String... values) {
        return checkDoesNotContain("the lead's text",
                blocks -> Parts.indexed(blocks, listPath()).stream()
                        .map(b -> new Located<>(b.path(), b.value().plainText())).toList(),
                LeadAssert::text, values);
    }

    private static String text(List<Block> blocks) {
        return blocks.stream().map(Block::plainText).collect(Collectors.joining("\n\n"));
    }
}
