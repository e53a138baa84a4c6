package dev.lede.validation.internal;

import dev.lede.Section;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The sections of an article in reading order with where each one is, walked without recursion. */
final class SectionTree {
    /** A section and its indices: top-level index first, then one index a level down. */
    record Place(Section section, List<Integer> indices) {
        int depth() {
            return indices.size();
        }

        List<ViolationPaths.Step> steps() {
            List<ViolationPaths.Step> steps = new ArrayList<>(indices.size());
            for (int i = 0; i < indices.size(); i++) {
                steps.add(new ViolationPaths.Step(i == 0 ? "sections" : "subsections", indices.get(i)));
            }
            return steps;
        }

        String path() {
            StringBuilder path = new StringBuilder();
            for (ViolationPaths.Step step : steps()) {
                path.append(path.length() == 0 ? "" : ".").append(step.property())
                        .append('[').append(step.index()).append(']');
            }
            return path.toString();
        }
    }

    private SectionTree() {}

    static List<Place> places(List<Section> roots) {
        List<Place> places = new ArrayList<>();
        Deque<Place> pending = new ArrayDeque<>();
        pushChildren(roots, List.of(), pending);
        while (!pending.isEmpty()) {
            Place place = pending.pop();
            places.add(place);
            pushChildren(place.section().subsections(), place.indices(), pending);
        }
        return places;
    }

    private static void pushChildren(List<Section> children, List<Integer> parent, Deque<Place> pending) {
        for (int i = children.size() - 1; i >= 0; i--) {
            List<Integer> indices = new ArrayList<>(parent);
            indices.add(i);
            pending.push(new Place(children.get(i), List.copyOf(indices)));
        }
    }
}
