package dev.lede.assertj;

import static dev.lede.assertj.Failures.failureOf;
import static dev.lede.assertj.Failures.message;
import static dev.lede.assertj.LedeAssertions.assertThat;

import dev.lede.validation.Severity;
import dev.lede.validation.ValidationReport;
import dev.lede.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every check of {@link ValidationReportAssert}. */
class ValidationReportAssertTest {
    private static final Violation BLANK_TITLE = new Violation("metadata.title", "title.blank",
            "title must not be blank", Severity.ERROR);
    private static final Violation NO_ALT = new Violation("hero.image.alt", "image.alt-missing",
            "image needs alt text", Severity.WARNING);
    private static final ValidationReport CLEAN = new ValidationReport(List.of());
    private static final ValidationReport WARNED = new ValidationReport(List.of(NO_ALT));
    private static final ValidationReport BROKEN = new ValidationReport(List.of(BLANK_TITLE, NO_ALT));
    private static final String[] EVERY = {
        "  ERROR metadata.title: title must not be blank [title.blank]",
        "  WARNING hero.image.alt: image needs alt text [image.alt-missing]"};

    @Test
    void isValid() {
        assertThat(WARNED).isValid();
        failureOf(() -> assertThat(BROKEN).isValid()).isEqualTo(message("",
                "Expecting the article to be valid, but the validator reported 1 error, 1 warning:", EVERY[0],
                EVERY[1]));
    }

    @Test
    void hasNoViolations() {
        assertThat(CLEAN).hasNoViolations();
        failureOf(() -> assertThat(WARNED).hasNoViolations()).isEqualTo(message("",
                "Expecting no violations, but the validator reported 1 violation:", EVERY[1]));
    }

    @Test
    void hasNoViolationsExcept() {
        assertThat(BROKEN).hasNoViolationsExcept("title.blank", "image.alt-missing");
        failureOf(() -> assertThat(BROKEN).hasNoViolationsExcept("image.alt-missing")).isEqualTo(message("",
                "Expecting no violations except [\"image.alt-missing\"], but the validator reported 1 other violation:",
                EVERY[0]));
    }

    @Test
    void hasViolation() {
        assertThat(BROKEN).hasViolation("title.blank");
        failureOf(() -> assertThat(WARNED).hasViolation("title.blank")).isEqualTo(message("",
                "Expecting a violation \"title.blank\", but the report holds 0 errors, 1 warning:", EVERY[1]));
    }

    @Test
    void hasViolationAt() {
        assertThat(BROKEN).hasViolationAt("metadata.title", "title.blank");
        failureOf(() -> assertThat(BROKEN).hasViolationAt("sections[0].heading", "title.blank")).isEqualTo(message("",
                "Expecting a violation \"title.blank\" at \"sections[0].heading\", but the report holds 1 error, "
                        + "1 warning:", EVERY[0], EVERY[1]));
    }
}
