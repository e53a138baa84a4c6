package dev.lede;

import dev.lede.internal.Slugs;
import dev.lede.internal.UniqueIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
        reserveExplicitIds(roots, Collections.newSetFromMap(new IdentityHashMap<>()), taken);
        return build(roots, new UniqueIds(taken));
    }

    private static void reserveExplicitIds(List<Section.Builder> builders, Set<Section.Builder> ancestors,
            Set<String> taken) {
        for (Section.Builder builder : builders) {
            if (!ancestors.add(builder)) {
                throw new IllegalArgumentException(
                        "section \"" + builder.heading.plainText() + "\" is added inside itself");
            }
            builder.id.ifPresent(taken::add);
            reserveExplicitIds(builder.subsections, ancestors, taken);
            ancestors.remove(builder);
        }
    }

    private static List<Section> build(List<Section.Builder> builders, UniqueIds ids) {
        List<Section> sections = new ArrayList<>(builders.size());
        for (Section.Builder builder : builders) {
            String id = builder.id.orElseGet(() -> ids.claim(Slugs.slug(builder.heading.plainText())));
            sections.add(new Section(id, builder.heading, builder.blocks(), build(builder.subsections, ids)));
        }
        return sections;
    }
}
