package dev.lede;

import dev.lede.internal.Slugs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns section builders into sections, giving each section without an explicit id a slug of its heading
 * that no other section in the same tree has ("overview", then "overview-2"). Explicit ids are reserved
 * first and never changed, so a duplicate explicit id is left for the validator to report.
 */
final class SectionIds {
    private SectionIds() {}

    static List<Section> assign(List<Section.Builder> roots) {
        Set<String> taken = new HashSet<>();
        Deque<Section.Builder> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Section.Builder builder = pending.pop();
            builder.id.ifPresent(taken::add);
            pending.addAll(builder.subsections);
        }
        return build(roots, taken);
    }

    private static List<Section> build(List<Section.Builder> builders, Set<String> taken) {
        List<Section> sections = new ArrayList<>(builders.size());
        for (Section.Builder builder : builders) {
            String id = builder.id.orElseGet(() -> unique(Slugs.slug(builder.heading.plainText()), taken));
            sections.add(new Section(id, builder.heading, builder.blocks(), build(builder.subsections, taken)));
        }
        return sections;
    }

    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
