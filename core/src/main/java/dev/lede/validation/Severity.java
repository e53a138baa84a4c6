package dev.lede.validation;

/** How serious a {@link Violation} is. Immutable and thread-safe, as every enum. */
public enum Severity {
    /** The article is not valid: {@link ValidationReport#isValid()} is false. */
    ERROR,
    /** Worth fixing, but the article is still valid. */
    WARNING
}
