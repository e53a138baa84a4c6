package dev.lede.validation.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Positions of violations in reading order, and Hibernate Validator paths as the library's path strings. The
 * order comes from the model itself: a record's components are in reading order (metadata before hero before
 * lead), so a path's position is the component indices and list indices along it.
 */
final class Paths {
    /** Orders positions element by element; a part comes before what it contains. */
    static final Comparator<int[]> READING_ORDER = Arrays::compare;

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

    private static final ClassValue<Map<String, Integer>> INDICES = new ClassValue<>() {
        @Override
        protected Map<String, Integer> computeValue(Class<?> type) {
            Map<String, Integer> byName = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; components != null && i < components.length; i++) {
                byName.put(components[i].getName(), i);
            }
            return byName;
        }
    };

    /** The index of the component {@code name} of the record class {@code type}, for positions. */
    static int componentIndex(Class<?> type, String name) {
        Integer index = INDICES.get(type).get(name);
        if (index == null) {
            throw new IllegalStateException("no component " + name + " in " + type);
        }
        return index;
    }

    /** Receives one component of a record: its name, its index and its value. */
    interface ComponentVisitor {
        void visit(String name, int index, Object value);
    }

    /** Calls {@code visitor} with each component of {@code record}, in order. */
    static void components(Record record, ComponentVisitor visitor) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            visitor.visit(components[i].getName(), i, read(components[i], record));
        }
    }

    /** {@code position} with {@code index} added at its end. */
    static int[] append(int[] position, int index) {
        int[] longer = Arrays.copyOf(position, position.length + 1);
        longer[position.length] = index;
        return longer;
    }

    /** Where the path leads in reading order: the component positions and indices met on the way. */
    static int[] position(Object root, Path path) {
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
                position.add(componentIndex(current.getClass(), node.getName()));
                current = read(COMPONENTS.get(current.getClass()).get(node.getName()), current);
            }
        }
        return position.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
