package dev.lede.validation;

import dev.lede.LedeException;
import java.util.Objects;

/**
 * Thrown by {@link ValidationReport#throwIfInvalid()} for an article that has errors. The message lists every
 * violation with its path; {@link #report()} gives them as data. The report is immutable, so the exception
 * may be read from any thread.
 */
public class ArticleValidationException extends LedeException {
    private static final long serialVersionUID = 1L;

    /** Not serialised: a deserialised exception keeps only its message. */
    private final transient ValidationReport report;

    /**
     * Creates the exception for a report.
     *
     * @param report the report with at least one error; not null
     */
    public ArticleValidationException(ValidationReport report) {
        super("article is not valid: " + Objects.requireNonNull(report, "report must not be null"));
        this.report = report;
    }

    /**
     * The report that failed.
     *
     * @return the report; null only after deserialisation
     */
    public ValidationReport report() {
        return report;
    }
}
