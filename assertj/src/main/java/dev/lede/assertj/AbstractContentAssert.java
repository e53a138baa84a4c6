package dev.lede.assertj;

import dev.lede.Block;
import dev.lede.Figure;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.Parts;
import dev.lede.assertj.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * Navigation shared by the parts that hold content in reading order (an article, a section, the lead): to the
 * summary table, and to the n-th table or figure. These search the blocks of the lead and of every section
 * below, not those inside quotes, lists or notes; a failure lists the blocks there are, with their paths.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 *
 * @param <SELF> the assertion's own type
 * @param <ACTUAL> the type of the value checked
 */
public abstract class AbstractContentAssert<SELF extends AbstractContentAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractLedeAssert<SELF, ACTUAL> {

    /**
     * @param actual the value checked; may be null, which every check reports as a failure
     * @param selfType the assertion's own class
     */
    protected AbstractContentAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The blocks searched, with their paths, in reading order. */
    abstract List<Located<Block>> contentBlocks();

    /** The value as failure messages name it: "the article", "section "Domestic Signals"", "the lead". */
    abstract String scope();

    /**
     * The one summary table: fails when there is none or more than one, listing the blocks or the summary tables.
     *
     * @return an assertion on the summary table
     */
    public SummaryTableAssert summaryTable() {
        return navigate(SummaryTableAssert.class, SummaryTable.class, SummaryTableAssert::new, () -> {
            List<Located<Block>> tables = ofKind(SummaryTable.class);
            return tables.size() == 1 ? Optional.of(cast(tables.get(0), SummaryTable.class)) : Optional.empty();
        }, () -> {
            List<Located<Block>> tables = ofKind(SummaryTable.class);
            return tables.isEmpty()
                    ? "Expecting one summary table in " + scope() + ", but there is none among its "
                            + Texts.count(contentBlocks().size(), "block") + ":\n"
                            + Texts.listing(Parts.blockLines(contentBlocks()))
                    : "Expecting one summary table in " + scope() + ", but there are " + tables.size() + ":\n"
                            + Texts.listing(Parts.blockLines(tables)) + "\nPick one with summaryTable(index).";
        });
    }

    /**
     * The summary table at an index, counting summary tables only, in reading order.
     *
     * @param index from 0
     * @return an assertion on the summary table
     */
    public SummaryTableAssert summaryTable(int index) {
        return navigate(SummaryTableAssert.class, SummaryTable.class, SummaryTableAssert::new,
                () -> nth(SummaryTable.class, index), () -> missingNth(SummaryTable.class, "summary table", index));
    }

    /**
     * The table at an index, counting tables only (not summary tables), in reading order.
     *
     * @param index from 0
     * @return an assertion on the table
     */
    public TableAssert table(int index) {
        return navigate(TableAssert.class, Table.class, TableAssert::new, () -> nth(Table.class, index),
                () -> missingNth(Table.class, "table", index));
    }

    /**
     * The figure at an index, counting figures only, in reading order (the hero is not one of them: see
     * {@link ArticleAssert#hero()}).
     *
     * @param index from 0
     * @return an assertion on the figure
     */
    public FigureAssert figure(int index) {
        return navigate(FigureAssert.class, Figure.class, FigureAssert::new, () -> nth(Figure.class, index),
                () -> missingNth(Figure.class, "figure", index));
    }

    private List<Located<Block>> ofKind(Class<? extends Block> kind) {
        return contentBlocks().stream().filter(b -> kind.isInstance(b.value())).toList();
    }

    private <T extends Block> Optional<Located<T>> nth(Class<T> kind, int index) {
        List<Located<Block>> all = ofKind(kind);
        return index >= 0 && index < all.size() ? Optional.of(cast(all.get(index), kind)) : Optional.empty();
    }

    private String missingNth(Class<? extends Block> kind, String noun, int index) {
        List<Located<Block>> all = ofKind(kind);
        String expecting = "Expecting " + noun + " " + index + " (counting from 0) in " + scope() + ", but ";
        return all.isEmpty()
                ? expecting + "there is no " + noun + " among its " + Texts.count(contentBlocks().size(), "block")
                        + ":\n" + Texts.listing(Parts.blockLines(contentBlocks()))
                : expecting + "there " + (all.size() == 1 ? "is " : "are ") + Texts.count(all.size(), noun) + ":\n"
                        + Texts.listing(Parts.blockLines(all));
    }

    private static <T extends Block> Located<T> cast(Located<Block> block, Class<T> kind) {
        return new Located<>(block.path(), kind.cast(block.value()));
    }
}
