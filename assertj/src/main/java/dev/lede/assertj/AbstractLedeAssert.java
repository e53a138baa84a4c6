package dev.lede.assertj;

import dev.lede.Block;
import dev.lede.Section;
import dev.lede.assertj.internal.Parts;
import dev.lede.assertj.internal.Failure;
import dev.lede.assertj.internal.Located;
import dev.lede.assertj.internal.TextParts;
import dev.lede.assertj.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.description.TextDescription;
import org.assertj.core.error.ShouldNotBeNull;

/**
 * What every Lede assertion shares: AssertJ's object assertions ({@code isEqualTo}, {@code extracting},
 * {@code satisfies}, ...) and navigation to a part of the value, whose assertion describes itself by the part's
 * path ({@code [sections[6].subsections[1] "Long-Term Implications for US-Russia Relations"]}) after any
 * description given with {@code as(...)}.
 *
 * <p>Arguments are not null unless a method says so. Like AssertJ's, an assertion object is not thread-safe: make
 * one per check, in the thread that runs it.
 *
 * <p>Under {@link LedeSoftAssertions}, navigating to a part that is missing records one failure and returns an
 * assertion on nothing whose checks pass silently, so that one missing section is one failure, not one for
 * every check below it.
 *
 * @param <SELF> the assertion's own type
 * @param <ACTUAL> the type of the value checked
 */
public abstract class AbstractLedeAssert<SELF extends AbstractLedeAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractObjectAssert<SELF, ACTUAL> {
    private SoftAssertionsProvider softly;
    private boolean unreachable;
    private String path = "";
    private String label = "";
    private String given = "";

    /**
     * @param actual the value checked; may be null, which every Lede check reports as a failure
     * @param selfType the assertion's own class
     */
    protected AbstractLedeAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Makes navigation from this assertion record failures in the soft assertions instead of throwing. */
    final void softly(SoftAssertionsProvider provider) {
        this.softly = provider;
    }

    /** The path of the value from where the first assertion started; empty there. */
    final String path() {
        return path;
    }

    /**
     * Starts a check. Returns true when the check is to be skipped: the value is unreachable because a soft
     * navigation to it failed, and that failure has been recorded. Otherwise fails when the value is null.
     */
    final boolean skip() {
        if (unreachable) {
            return true;
        }
        isNotNull();
        return false;
    }

    /** Whether a soft navigation to this value failed, so that its checks are skipped. */
    final boolean unreachable() {
        return unreachable;
    }

    /** Fails with a message written in full. */
    final void fail(String message) {
        throwAssertionError(Failure.of(message));
    }

    /** Runs a rule on the value, unless the check is skipped, and fails with its message when it has one. */
    final SELF check(Function<ACTUAL, Optional<String>> rule) {
        if (!skip()) {
            rule.apply(actual).ifPresent(this::fail);
        }
        return myself;
    }

    /**
     * Navigates to a part: an assertion on it, described by its path, or a failure naming what exists when it is
     * missing.
     */
    final <T, A extends AbstractLedeAssert<A, T>> A navigate(Class<A> type, Class<T> actualType,
            Function<T, A> create, Supplier<Optional<Located<T>>> target, Supplier<String> missing) {
        Optional<Located<T>> found = Optional.empty();
        if (!unreachable) {
            if (actual == null) {
                report(assertionError(ShouldNotBeNull.shouldNotBeNull()));
            } else {
                found = target.get();
                if (found.isEmpty()) {
                    report(assertionError(Failure.of(missing.get())));
                }
            }
        }
        T value = found.map(Located::value).orElse(null);
        A child = softly == null ? create.apply(value) : softly.proxy(type, actualType, value);
        AbstractLedeAssert<A, T> base = child;
        base.softly = softly;
        base.unreachable = found.isEmpty();
        base.path = found.map(Located::path).orElse(path);
        base.label = label();
        base.given = describe(child, found.map(AbstractLedeAssert::name).orElse("(missing)"));
        return child;
    }

    /** Throws the failure, or under soft assertions records it. */
    private void report(AssertionError failure) {
        if (softly == null) {
            throw failure;
        }
        softly.collectAssertionError(failure);
    }

    /**
     * Navigates to a list of parts, as AssertJ's list assertion; under soft assertions, one whose checks are
     * recorded. The list is empty when this value is unreachable or null.
     */
    final <E> ListAssert<E> navigateToList(String name, Function<ACTUAL, List<? extends E>> list) {
        return navigateToList(name, a -> Optional.of(list.apply(a)), a -> "");
    }

    /**
     * Navigates to a list of parts that may be missing, failing with the message when it is; the list is empty
     * then.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final <E> ListAssert<E> navigateToList(String name, Function<ACTUAL, Optional<? extends List<? extends E>>> list,
            Function<ACTUAL, String> missing) {
        List<? extends E> elements = List.of();
        if (!unreachable) {
            if (actual == null) {
                report(assertionError(ShouldNotBeNull.shouldNotBeNull()));
            } else {
                Optional<? extends List<? extends E>> found = list.apply(actual);
                if (found.isPresent()) {
                    elements = found.get();
                } else {
                    report(assertionError(Failure.of(missing.apply(actual))));
                }
            }
        }
        ListAssert<E> child = softly == null ? new ListAssert<>(elements)
                : (ListAssert<E>) softly.proxy(ListAssert.class, List.class, elements);
        describe(child, name);
        return child;
    }

    private String label() {
        String own = descriptionText();
        return own.equals(given) ? label : own;
    }

    private String describe(AbstractAssert<?, ?> child, String name) {
        String label = label();
        String text = label.isEmpty() || name.isEmpty() ? label + name : label + ": " + name;
        if (!text.isEmpty()) {
            child.describedAs(new TextDescription("%s", text));
        }
        child.withRepresentation(info.representation());
        return text;
    }

    /** How a part is named in its assertion's description: its path, and for a section its heading too. */
    private static String name(Located<?> part) {
        if (part.path().isEmpty()) {
            return "";
        }
        return part.value() instanceof Section
                ? part.path() + " " + Texts.quote(((Section) part.value()).heading().plainText())
                : part.path();
    }

    /** Checks that the text holds each value. */
    final SELF checkContains(String what, Function<ACTUAL, String> plainText, String... values) {
        nonNull(values, "values");
        if (skip()) {
            return myself;
        }
        String text = plainText.apply(actual);
        List<String> missing = new ArrayList<>();
        for (String value : values) {
            if (!text.contains(value)) {
                missing.add(value);
            }
        }
        if (!missing.isEmpty()) {
            fail("Expecting " + what + " to contain:\n  " + Texts.quotedList(List.of(values))
                    + "\nbut could not find:\n  " + Texts.quotedList(missing));
        }
        return myself;
    }

    /** Checks that no part of the text holds any of the values, naming the parts that do. */
    final SELF checkDoesNotContain(String what, Function<ACTUAL, List<Located<String>>> textParts,
            Function<ACTUAL, String> plainText, String... values) {
        nonNull(values, "values");
        if (skip()) {
            return myself;
        }
        List<Located<String>> parts = textParts.apply(actual);
        String whole = plainText.apply(actual);
        StringBuilder found = new StringBuilder();
        for (String value : values) {
            List<String> places = TextParts.whereFound(parts, whole, value);
            if (!places.isEmpty()) {
                found.append("\nfound ").append(Texts.quote(value)).append(" in:\n").append(Texts.listing(places));
            }
        }
        if (found.length() > 0) {
            fail("Expecting " + what + " not to contain:\n  " + Texts.quotedList(List.of(values)) + "\nbut" + found);
        }
        return myself;
    }

    static <T> T nonNull(T argument, String name) {
        if (argument == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return argument;
    }

    static String[] nonNull(String[] values, String name) {
        if (values == null) {
            throw new NullPointerException(name + " must not be null");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
        }
        return values;
    }

    /**
     * Navigates to a block of a list by index, failing with the blocks there are.
     */
    final BlockAssert blockAt(Function<ACTUAL, List<Block>> blocks, String listPath, int index,
            Supplier<String> owner) {
        return navigate(BlockAssert.class, Block.class, BlockAssert::new,
                () -> index >= 0 && index < blocks.apply(actual).size()
                        ? Optional.of(new Located<>(listPath + "[" + index + "]", blocks.apply(actual).get(index)))
                        : Optional.empty(),
                () -> missingBlock(blocks.apply(actual), listPath, index, owner.get()));
    }

    static String missingBlock(List<Block> blocks, String listPath, int index, String owner) {
        return "Expecting a block at index " + index + " in " + owner + ", but there "
                + (blocks.size() == 1 ? "is " : "are ") + Texts.count(blocks.size(), "block") + ":\n"
                + Texts.listing(Parts.blockLines(Parts.indexed(blocks, listPath)));
    }
}
