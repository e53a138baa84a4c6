package dev.lede.assertj;

import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.ListBlock;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.Parts;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Assertions on a {@link Block} of any kind, and the way to the assertions of its kind: {@code isParagraph()},
 * {@code isList()}, {@code isQuote()}, {@code isFigure()}, {@code isTable()}, {@code isSummaryTable()},
 * {@code isCode()} each check the kind and return that kind's assertion, so a test needs no cast:
 *
 * <pre>{@code
 * assertThat(article).section("geography-as-stage").block(0).isParagraph().containsText("juxtaposition");
 * }</pre>
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class BlockAssert extends AbstractLedeAssert<BlockAssert, Block> {
    /**
     * @param actual the block; may be null, which every check reports as a failure
     */
    public BlockAssert(Block actual) {
        super(actual, BlockAssert.class);
    }

    /**
     * Checks that the block is a paragraph.
     *
     * @return an assertion on the paragraph
     */
    public ParagraphAssert isParagraph() {
        return narrow(ParagraphAssert.class, Paragraph.class, ParagraphAssert::new, "a paragraph");
    }

    /**
     * Checks that the block is a list, bulleted or numbered.
     *
     * @return an assertion on the list
     */
    public ListBlockAssert isList() {
        return narrow(ListBlockAssert.class, ListBlock.class, ListBlockAssert::new, "a list");
    }

    /**
     * Checks that the block is a quote.
     *
     * @return an assertion on the quote
     */
    public QuoteAssert isQuote() {
        return narrow(QuoteAssert.class, Quote.class, QuoteAssert::new, "a quote");
    }

    /**
     * Checks that the block is a figure.
     *
     * @return an assertion on the figure
     */
    public FigureAssert isFigure() {
        return narrow(FigureAssert.class, Figure.class, FigureAssert::new, "a figure");
    }

    /**
     * Checks that the block is a table (not a summary table).
     *
     * @return an assertion on the table
     */
    public TableAssert isTable() {
        return narrow(TableAssert.class, Table.class, TableAssert::new, "a table");
    }

    /**
     * Checks that the block is a summary table.
     *
     * @return an assertion on the summary table
     */
    public SummaryTableAssert isSummaryTable() {
        return narrow(SummaryTableAssert.class, SummaryTable.class, SummaryTableAssert::new, "a summary table");
    }

    /**
     * Checks that the block is a code block.
     *
     * @return an assertion on the code block
     */
    public CodeBlockAssert isCode() {
        return narrow(CodeBlockAssert.class, CodeBlock.class, CodeBlockAssert::new, "a code block");
    }

    /**
     * Checks that the block is a divider, which has nothing more to check.
     *
     * @return this assertion
     */
    public BlockAssert isDivider() {
        return check(b -> b instanceof Divider ? Optional.empty() : Optional.of(wrongKind("a divider", b)));
    }

    /**
     * Checks that the block's plain text holds each value.
     *
     * @param values the texts looked for
     * @return this assertion
     */
    public BlockAssert containsText(String... values) {
        return checkContains("the block's text", Block::plainText, values);
    }

    /**
     * Checks that the block's plain text holds none of the values.
     *
     * @param values the texts that must not be there
     * @return this assertion
     */
    public BlockAssert doesNotContainText(String... values) {
        return checkDoesNotContain("the block's text",
                b -> List.of(new Located<>(path().isEmpty() ? "the block" : path(), b.plainText())), Block::plainText, values);
    }

    private <T extends Block, A extends AbstractLedeAssert<A, T>> A narrow(Class<A> type, Class<T> kind,
            Function<T, A> create, String noun) {
        return navigate(type, kind, create,
                () -> kind.isInstance(actual) ? Optional.of(new Located<>(path(), kind.cast(actual))) : Optional.empty(),
                () -> wrongKind(noun, actual));
    }

    private static String wrongKind(String expected, Block actual) {
        return "Expecting the block to be " + expected + ", but it is a " + Parts.describe(actual);
    }
}
