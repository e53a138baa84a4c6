package dev.lede.html.internal.page;

import java.util.List;

/**
 * The tuning of {@link ContentFinder}. Immutable and thread-safe.
 *
 * @param descendRatio content detection moves from an element into one of its children while that child
 *     holds at least this share of the element's prose; higher stops earlier, keeping more (recall)
 * @param mergeRatio a sibling of the chosen element joins the content when its prose is at least this share
 *     of the chosen element's; lower merges more (recall)
 * @param linkListDensity inside the content, a list or block whose text is at least this share link text (and
 *     that holds three links or more) is dropped as a link list; above 1 never drops one
 * @param keepSelectors CSS selectors of elements that always end up in the content
 * @param dropSelectors CSS selectors of elements that never do
 */
public record FinderOptions(double descendRatio, double mergeRatio, double linkListDensity,
        List<String> keepSelectors, List<String> dropSelectors) {
    /** Copies the lists. */
    public FinderOptions {
        keepSelectors = List.copyOf(keepSelectors);
        dropSelectors = List.copyOf(dropSelectors);
    }
}
