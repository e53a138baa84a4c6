package dev.lede.validation;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ArticleValidator} found: every violation, in the order the article reads (metadata, hero, lead,
 * sections depth first, notes; a part before what it contains). Immutable and thread-safe.
 *
 * @param violations the violations in document order; not null, empty for a clean article
 */
public record ValidationReport(List<Violation> violations) {
    /** Copies the violations. */
    public ValidationReport {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations must not be null"));
    }

    /**
     * Whether the article passed: no violation of {@link Severity#ERROR} severity. Warnings do not count.
     *
     * @return true when there is no error
     */
    public boolean isValid() {
        return errors().isEmpty();
    }

    /**
     * The violations that make the article invalid, in document order.
     *
     * @return the errors; never null
     */
    public List<Violation> errors() {
        return withSeverity(Severity.ERROR);
    }

    /**
     * The violations that leave the article valid, in document order.
     *
     * @return the warnings; never null
     */
    public List<Violation> warnings() {
        return withSeverity(Severity.WARNING);
    }

    /**
     * Throws when the article is not valid.
     *
     * @throws ArticleValidationException carrying this report, when there is at least one error
     */
    public void throwIfInvalid() {
        if (!isValid()) {
            throw new ArticleValidationException(this);
        }
    }

    /**
     * A summary line, then one line per violation.
     *
     * @return the report for people
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(errors().size()).append(errors().size() == 1 ? " error, " : " errors, ")
                .append(warnings().size()).append(warnings().size() == 1 ? " warning" : " warnings");
        for (Violation violation : violations) {
            text.append("\n  ").append(violation);
        }
        return text.toString();
    }

    private List<Violation> withSeverity(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }
}
