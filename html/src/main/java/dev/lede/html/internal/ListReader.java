package dev.lede.html.internal;

import static dev.lede.html.internal.AttributeValues.integer;

import dev.lede.Block;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads {@code <ul>} and {@code <ol>} as list blocks, each item's content through the {@link BlockReader}.
 * Arguments are not null. Not thread-safe: one per read.
 */
final class ListReader {
    private final BlockReader blocks;

    ListReader(BlockReader blocks) {
        this.blocks = blocks;
    }

    /** Content of a list outside any {@code <li>} joins the item before it, or starts one. */
    ListBlock list(Element list, int depth) {
        boolean ordered = list.nameIs("ol");
        int start = ordered ? integer(list.attr("start")).orElse(1) : 1;
        List<List<Block>> items = new ArrayList<>();
        Flow stray = blocks.nestedFlow(block -> {
            if (items.isEmpty()) {
                items.add(new ArrayList<>());
            }
            items.get(items.size() - 1).add(block);
        });
        blocks.nesting.open(1);
        for (int i = 0; i < list.childNodeSize(); i++) {
            Node child = list.childNode(i);
            if (child instanceof Element element && element.nameIs("li")) {
                if (blocks.admit(element, depth + 1)) {
                    stray.flush();
                    List<Block> content = new ArrayList<>();
                    items.add(content);
                    Flow flow = blocks.nestedFlow(content::add);
                    blocks.children(element, flow, depth + 2);
                    flow.flush();
                }
            } else {
                blocks.node(child, stray, depth + 1);
            }
        }
        stray.flush();
        blocks.nesting.close(1);
        // An item left with no block held only blank paragraphs: a spacer, not an entry.
        List<ListItem> entries = new ArrayList<>(items.size());
        for (List<Block> content : items) {
            if (!content.isEmpty()) {
                entries.add(new ListItem(content));
            }
        }
        return new ListBlock(ordered, start, entries);
    }
}
