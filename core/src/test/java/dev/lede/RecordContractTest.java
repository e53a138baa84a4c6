package dev.lede;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every record of the model keeps, checked on every record in {@code dev.lede} (found on the class
 * path, so a new record is covered without editing this test): null components and null list elements are
 * rejected with a message naming them, lists are unmodifiable copies, equality is by value, and each
 * {@code withX} method replaces component {@code x} and nothing else.
 *
 * <p>Each component gets a base value and a different one from {@link #VALUES}; a record whose component type
 * is missing there fails {@link #everyComponentTypeHasSampleValues()} until a pair is added.
 */
class RecordContractTest {
    private static final Map<Type, List<Object>> VALUES = Map.ofEntries(
            entry(String.class, List.of("a", "b")),
            entry(boolean.class, List.of(true, false)),
            entry(int.class, List.of(1, 2)),
            entry(OptionalInt.class, List.of(OptionalInt.empty(), OptionalInt.of(7))),
            entry(NoteKind.class, List.of(NoteKind.EDITORIAL, NoteKind.UPDATE)),
            entry(OffsetDateTime.class, List.of(OffsetDateTime.of(2025, 8, 14, 9, 0, 0, 0, ZoneOffset.UTC),
                    OffsetDateTime.of(2025, 8, 15, 9, 0, 0, 0, ZoneOffset.UTC))),
            entry(URI.class, List.of(URI.create("https://example.org/a"), URI.create("https://example.org/b"))),
            entry(RichText.class, List.of(RichText.of("a"), RichText.of(Inline.Strong.of("b")))),
            entry(Metadata.class, List.of(Metadata.of("a"), Metadata.of("b"))),
            entry(Image.class, List.of(Image.of("a.jpg", "a"), Image.of("b.jpg", "b"))),
            entry(Figure.class, List.of(Figure.of(Image.of("a.jpg", "a")), Figure.of("b.jpg", "b", "b"))),
            entry(Section.class, List.of(Section.builder("a").build(), Section.builder("b").build())),
            entry(Note.class, List.of(Note.of(NoteKind.EDITORIAL, "a", "a"), Note.of(NoteKind.UPDATE, "b", "b"))),
            entry(Contributor.class, List.of(Contributor.of("a"), Contributor.of("b"))),
            entry(Publisher.class, List.of(Publisher.of("a"), Publisher.of("b"))),
            entry(ListItem.class, List.of(ListItem.of("a"), ListItem.of("b"))),
            entry(TableRow.class, List.of(TableRow.of(TableCell.of("a")), TableRow.of(TableCell.header("b")))),
            entry(TableCell.class, List.of(TableCell.of("a"), TableCell.header("b"))),
            entry(SummaryRow.class, List.of(SummaryRow.of("a", "a"), SummaryRow.of("b", "b"))),
            entry(Block.class, List.of(Paragraph.of("a"), new Divider())),
            entry(Inline.class, List.of(new Inline.Text("a"), new Inline.LineBreak())));

    @Test
    void recordsAreFoundOnTheClassPath() {
        assertThat(modelRecords())
                .contains(Article.class, Metadata.class, Section.class, RichText.class, TableCell.class)
                .contains(Block.class.getPermittedSubclasses())
                .contains(Inline.class.getPermittedSubclasses());
    }

    @Test
    void everyComponentTypeHasSampleValues() {
        for (Class<?> record : modelRecords()) {
            for (RecordComponent component : record.getRecordComponents()) {
                assertThat(value(component.getGenericType(), 0))
                        .as("%s.%s", record.getSimpleName(), component.getName())
                        .isNotEqualTo(value(component.getGenericType(), 1));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceComponents")
    void nullComponentIsRejectedNamingIt(Component component) {
        Object[] args = component.baseArgs();
        args[component.index()] = null;
        assertThatThrownBy(() -> component.construct(args))
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith(component.name() + " must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listComponents")
    void nullListElementIsRejectedNamingItsIndex(Component component) {
        Object[] args = component.baseArgs();
        args[component.index()] = Arrays.asList(component.elementValue(0), null);
        assertThatThrownBy(() -> component.construct(args))
                .isInstanceOf(NullPointerException.class)
                .hasMessage(component.name() + "[1] must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listComponents")
    void listComponentIsAnUnmodifiableCopy(Component component) {
        List<Object> source = new ArrayList<>(List.of(component.elementValue(0)));
        Object[] args = component.baseArgs();
        args[component.index()] = source;
        Object record = component.construct(args);
        @SuppressWarnings("unchecked")
        List<Object> held = (List<Object>) component.get(record);

        source.add(component.elementValue(1));
        source.set(0, component.elementValue(1));

        assertThat(held).containsExactly(component.elementValue(0));
        assertThatThrownBy(() -> held.add(component.elementValue(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> held.set(0, component.elementValue(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(held::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(component.get(record)).isEqualTo(List.of(component.elementValue(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("components")
    void equalComponentsMakeEqualRecordsAndOneChangeBreaksEquality(Component component) {
        Object base = component.construct(component.baseArgs());
        Object same = component.construct(component.baseArgs());
        Object[] changedArgs = component.baseArgs();
        changedArgs[component.index()] = value(component.type(), 1);
        Object changed = component.construct(changedArgs);

        assertThat(same).isEqualTo(base).hasSameHashCodeAs(base);
        assertThat(changed).isNotEqualTo(base);
        assertThat(component.get(changed)).isEqualTo(value(component.type(), 1));
    }

    @Test
    void articleMetadataAndSectionHaveACopyMethodForEveryComponent() {
        List<Class<?>> withCopies = List.of(Article.class, Metadata.class, Section.class);
        assertThat(components().filter(c -> withCopies.contains(c.record())))
                .hasSize(19)
                .allSatisfy(c -> assertThat(c.copyMethod()).as(c.toString()).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("componentsWithCopyMethods")
    void withCopyReplacesOnlyItsComponent(Component component) {
        Object base = component.construct(component.baseArgs());
        Object replacement = value(component.type(), 1);

        Object copy = component.copyWith(base, replacement);

        RecordComponent[] parts = component.record().getRecordComponents();
        for (int i = 0; i < parts.length; i++) {
            Component other = new Component(component.record(), i);
            assertThat(other.get(copy)).as(other.toString())
                    .isEqualTo(i == component.index() ? replacement : other.get(base));
        }
        assertThat(base).isEqualTo(component.construct(component.baseArgs()));
    }

    static Stream<Component> componentsWithCopyMethods() {
        return components().filter(c -> c.copyMethod().isPresent());
    }

    static Stream<Component> components() {
        return modelRecords().stream().flatMap(record -> {
            RecordComponent[] parts = record.getRecordComponents();
            return Stream.iterate(0, i -> i < parts.length, i -> i + 1).map(i -> new Component(record, i));
        });
    }

    static Stream<Component> referenceComponents() {
        return components().filter(c -> !(c.type() instanceof Class<?> raw && raw.isPrimitive()));
    }

    static Stream<Component> listComponents() {
        return components().filter(c -> c.type() instanceof ParameterizedType p && p.getRawType() == List.class);
    }

    /** Every record class in the package dev.lede, read from the directory the model's classes are in. */
    static List<Class<?>> modelRecords() {
        try (Stream<Path> files = Files.list(classesDirectory().resolve("dev/lede"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .sorted()
                    .<Class<?>>map(name -> load("dev.lede." + name.substring(0, name.length() - ".class".length())))
                    .filter(Class::isRecord)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classesDirectory() {
        try {
            return Path.of(Article.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Value number {@code variant} (0 or 1) of a component type; lists and optionals are empty, then hold one. */
    private static Object value(Type type, int variant) {
        if (type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            if (parameterized.getRawType() == List.class) {
                return variant == 0 ? List.of() : List.of(value(element, 0));
            }
            if (parameterized.getRawType() == Optional.class) {
                return variant == 0 ? Optional.empty() : Optional.of(value(element, 0));
            }
        }
        List<Object> values = VALUES.get(type);
        if (values == null) {
            throw new AssertionError("no sample values for " + type.getTypeName() + "; add a pair to VALUES");
        }
        return values.get(variant);
    }

    /** One component of one record, with what is needed to build the record around it. */
    record Component(Class<?> record, int index) {
        RecordComponent component() {
            return record.getRecordComponents()[index];
        }

        String name() {
            return component().getName();
        }

        Type type() {
            return component().getGenericType();
        }

        Object elementValue(int variant) {
            return value(((ParameterizedType) type()).getActualTypeArguments()[0], variant);
        }

        Object[] baseArgs() {
            return Arrays.stream(record.getRecordComponents())
                    .map(part -> value(part.getGenericType(), 0))
                    .toArray();
        }

        Object construct(Object[] args) {
            Class<?>[] types = Arrays.stream(record.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                Constructor<?> canonical = record.getDeclaredConstructor(types);
                return canonical.newInstance(args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The {@code withName(value)} method returning a changed copy, if the record has one. */
        Optional<Method> copyMethod() {
            String name = name();
            String method = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            try {
                return Optional.of(record.getMethod(method, component().getType()))
                        .filter(m -> m.getReturnType() == record);
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }

        Object copyWith(Object instance, Object value) {
            try {
                return copyMethod().orElseThrow().invoke(instance, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        Object get(Object instance) {
            try {
                return component().getAccessor().invoke(instance);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return record.getSimpleName() + "." + name();
        }
    }
}
