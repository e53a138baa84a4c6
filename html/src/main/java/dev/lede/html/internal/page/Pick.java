package dev.lede.html.internal.page;

import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.Provenance;
import dev.lede.html.Provenance.Candidate;
import dev.lede.html.Provenance.Field;
import dev.lede.html.Provenance.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The candidates of one metadata field in trust order, the one chosen, and what the choice says: a
 * {@link Reason#METADATA} diagnostic for each candidate that disagrees, and the field's
 * {@link Provenance}. Confined to one import.
 *
 * @param <T> the field's value type
 */
final class Pick<T> {
    /** One candidate: its public description, the short label diagnostics name it by, and its value. */
    record Entry<T>(Candidate candidate, String label, T value) {}

    private final String name;
    private final Optional<Field> field;
    private final Function<T, String> show;
    private final BiPredicate<T, T> agree;
    private final List<Entry<T>> entries = new ArrayList<>();
    private Optional<Entry<T>> chosen = Optional.empty();

    /**
     * @param name the field's name in diagnostics
     * @param field the field whose provenance this records, if it is one the import result reports
     * @param show the value as text, for diagnostics and provenance
     * @param agree whether two values say the same (a diagnostic is only due when they do not)
     */
    Pick(String name, Optional<Field> field, Function<T, String> show, BiPredicate<T, T> agree) {
        this.name = name;
        this.field = field;
        this.show = show;
        this.agree = agree;
    }

    /**
     * A pick of texts or other values compared by equality, and texts of which one holds the other
     * ({@link Text#holds}, which compares long texts by equality alone).
     */
    static <T> Pick<T> of(String name, Optional<Field> field) {
        return new Pick<>(name, field, String::valueOf, (a, b) -> a.equals(b)
                || (a instanceof String x && b instanceof String y && (Text.holds(x, y) || Text.holds(y, x))));
    }

    /** Adds a value the page states as this field. */
    Pick<T> add(Source source, String detail, String label, Optional<T> value) {
        return add(source, detail, label, false, value);
    }

    /** Adds a candidate; one whose value is absent or equal to an earlier one of the same source is skipped. */
    Pick<T> add(Source source, String detail, String label, boolean inferred, Optional<T> value) {
        if (value.isPresent()) {
            String text = show.apply(value.get());
            for (Entry<T> entry : entries) {
                if (entry.candidate().source() == source && entry.candidate().value().equals(text)) {
                    return this;
                }
            }
            entries.add(new Entry<>(new Candidate(source, detail, text, inferred), label, value.get()));
        }
        return this;
    }

    List<Entry<T>> entries() {
        return entries;
    }

    /** The candidate added last; there is one. */
    Entry<T> last() {
        return entries.get(entries.size() - 1);
    }

    /** The first candidate, or the first stated one when guessing is off. */
    Optional<T> chooseFirst(boolean guess, List<PageDiagnostic> diagnostics) {
        for (Entry<T> entry : entries) {
            if (guess || !entry.candidate().inferred()) {
                return choose(entry, diagnostics);
            }
        }
        return Optional.empty();
    }

    /**
     * Chooses the given candidate and reports the candidates that disagree with it, but for dates in the address
     * and the text, which are partial and often name another day on purpose.
     */
    Optional<T> choose(Entry<T> entry, List<PageDiagnostic> diagnostics) {
        chosen = Optional.of(entry);
        Set<String> reported = new LinkedHashSet<>();
        for (Entry<T> other : entries) {
            Source source = other.candidate().source();
            if (source != Source.URL && source != Source.TEXT && !agree.test(entry.value(), other.value())
                    && reported.add(other.candidate().value())) {
                diagnostics.add(new PageDiagnostic(Reason.METADATA, "", 0, name + ": used " + entry.label() + " \""
                        + entry.candidate().value() + "\"; " + other.label() + " says \"" + other.candidate().value()
                        + "\""));
            }
        }
        return Optional.of(entry.value());
    }

    Optional<Entry<T>> chosen() {
        return chosen;
    }

    /**
     * The provenance of the value the article ended up with: the chosen candidate when the article holds its
     * value, else one from the article's own markup, else none; every other candidate is rejected.
     *
     * @param finalValue the value in the article, as text, if it has one
     */
    Optional<Provenance> provenance(Optional<String> finalValue) {
        if (field.isEmpty() || (entries.isEmpty() && finalValue.isEmpty())) {
            return Optional.empty();
        }
        Optional<Candidate> winner = chosen.map(Entry::candidate)
                .filter(c -> finalValue.isPresent() && c.value().equals(finalValue.get()))
                .or(() -> finalValue.map(value -> new Candidate(Source.CONTENT, "", value, false)));
        List<Candidate> rejected = entries.stream().map(Entry::candidate)
                .filter(c -> winner.isEmpty() || c != winner.get()).toList();
        return Optional.of(new Provenance(field.get(), winner, rejected));
    }
}
