package dev.lede.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns Hibernate Validator paths into the library's path strings and sorts them in reading order. The order
 * comes from the model itself: a record's components are in reading order (metadata before hero before lead),
 * so a path's position is the list of component positions and list indices along it.
 */
final class Paths {
    /** Orders positions element by element; a part comes before what it contains. */
    static final Comparator<List<Integer>> READING_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int compared = Integer.compare(a.get(i), b.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> byName = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
                byName.put(component.getName(), component);
            }
            return byName;
        }
    };

    private Paths() {}

    /**
     * The path as people read it: property names joined by dots, list indices in brackets
     * ({@code sections[0].blocks[1].items[2]}); Hibernate Validator's container-element and bean nodes add
     * only their index.
     */
    static String format(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                text.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                text.append(text.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return text.toString();
    }

    /** Where the path leads in reading order: the component positions and indices met on the way. */
    static List<Integer> position(Object root, Path path) {
        List<Integer> position = new ArrayList<>();
        Object current = root;
        for (Path.Node node : path) {
            if (current instanceof Optional<?> optional) {
                current = optional.orElse(null);
            }
            if (node.getIndex() != null && current instanceof List<?> list) {
                position.add(node.getIndex());
                current = list.get(node.getIndex());
            }
            if (node.getKind() == ElementKind.PROPERTY && current != null) {
                RecordComponent component = COMPONENTS.get(current.getClass()).get(node.getName());
                if (component == null) {
                    throw new IllegalStateException("no component " + node.getName() + " in " + current.getClass());
                }
                position.add(indexOf(component));
                current = read(component, current);
            }
        }
        return position;
    }

    private static int indexOf(RecordComponent component) {
        RecordComponent[] all = component.getDeclaringRecord().getRecordComponents();
        for (int i = 0; i < all.length; i++) {
            if (all[i].getName().equals(component.getName())) {
                return i;
            }
        }
        throw new IllegalStateException("component not in its record: " + component);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
