package dev.lede.assertj;

import dev.lede.assertj.internal.Texts;
import dev.lede.assertj.internal.ValidationChecks;
import dev.lede.validation.ValidationReport;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Assertions on a {@link ValidationReport}. Made by {@link LedeAssertions#assertThat(ValidationReport)} or
 * {@link ArticleAssert#validation()}. Every failure lists the report's violations, each with its severity, path,
 * message and code.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class ValidationReportAssert extends AbstractLedeAssert<ValidationReportAssert, ValidationReport> {
    /**
     * @param actual the report; may be null, which every check reports as a failure
     */
    public ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
    }

    /**
     * Checks that the report holds no error (warnings allowed).
     *
     * @return this assertion
     */
    public ValidationReportAssert isValid() {
        return check(r -> ValidationChecks.valid(r, "valid"));
    }

    /**
     * Checks that the report holds no violation at all, error or warning.
     *
     * @return this assertion
     */
    public ValidationReportAssert hasNoViolations() {
        return check(r -> ValidationChecks.noViolationsExcept(r, Set.of()));
    }

    /**
     * Checks that the report holds no violation, error or warning, other than those with the given codes.
     *
     * @param codes the codes allowed
     * @return this assertion
     */
    public ValidationReportAssert hasNoViolationsExcept(String... codes) {
        Set<String> allowed = Set.copyOf(Arrays.asList(nonNull(codes, "codes")));
        return check(r -> ValidationChecks.noViolationsExcept(r, allowed));
    }

    /**
     * Checks that the report holds a violation with the given code, anywhere.
     *
     * @param code the code, such as {@code "title.blank"}
     * @return this assertion
     */
    public ValidationReportAssert hasViolation(String code) {
        nonNull(code, "code");
        return check(r -> r.violations().stream().anyMatch(v -> v.code().equals(code)) ? Optional.empty()
                : Optional.of("Expecting a violation " + Texts.quote(code) + ", but the report holds "
                        + ValidationChecks.summary(r) + ":\n" + ValidationChecks.every(r.violations())));
    }

    /**
     * Checks that the report holds a violation with the given code at the given path.
     *
     * @param path the path, such as {@code "sections[2].subsections[0].heading"}; "" for the article as a whole
     * @param code the code
     * @return this assertion
     */
    public ValidationReportAssert hasViolationAt(String path, String code) {
        nonNull(path, "path");
        nonNull(code, "code");
        return check(r -> r.violations().stream().anyMatch(v -> v.code().equals(code) && v.path().equals(path))
                ? Optional.empty()
                : Optional.of("Expecting a violation " + Texts.quote(code) + " at " + Texts.quote(path)
                        + ", but the report holds " + ValidationChecks.summary(r) + ":\n"
                        + ValidationChecks.every(r.violations())));
    }
}
