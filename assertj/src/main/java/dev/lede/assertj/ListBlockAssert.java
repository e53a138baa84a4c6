package dev.lede.assertj;

import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Block;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a {@link ListBlock}. Made by {@link LedeAssertions#assertThat(ListBlock)} or
 * {@link BlockAssert#isList()}.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class ListBlockAssert extends AbstractLedeAssert<ListBlockAssert, ListBlock> {
    /**
     * @param actual the list; may be null, which every check reports as a failure
     */
    public ListBlockAssert(ListBlock actual) {
        super(actual, ListBlockAssert.class);
    }

    /**
     * Checks that the list is numbered.
     *
     * @return this assertion
     */
    public ListBlockAssert isOrdered() {
        return check(l -> l.ordered() ? Optional.empty()
                : Optional.of("Expecting a numbered list, but it is bulleted"));
    }

    /**
     * Checks that the list is bulleted.
     *
     * @return this assertion
     */
    public ListBlockAssert isBulleted() {
        return check(l -> l.ordered() ? Optional.of("Expecting a bulleted list, but it is numbered")
                : Optional.empty());
    }

    /**
     * Each item's plain text (its blocks' text, separated by blank lines), as AssertJ's list assertion.
     *
     * @return an assertion on the texts
     */
    public ListAssert<String> items() {
        return navigateToList(path().isEmpty() ? "items" : path() + ".items",
                l -> l.items().stream().map(ListBlockAssert::text).toList());
    }

    private static String text(ListItem item) {
        return item.blocks().stream().map(Block::plainText).collect(Collectors.joining("\n\n"));
    }
}
