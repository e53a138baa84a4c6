package dev.lede.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.LedeException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
    private static final Violation TITLE = new Violation("metadata.title", "title.blank", "title must not be blank",
            Severity.ERROR);
    private static final Violation ALT = new Violation("hero.image.alt", "image.alt-missing", "image needs alt text",
            Severity.WARNING);
    private static final Violation TOO_DEEP = new Violation("", "content.missing", "needs content", Severity.ERROR);

    @Test
    void emptyReportIsValid() {
        ValidationReport report = new ValidationReport(List.of());
        assertThat(report.isValid()).isTrue();
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report).hasToString("0 errors, 0 warnings");
        assertThatCode(report::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void warningsAloneLeaveTheArticleValid() {
        ValidationReport report = new ValidationReport(List.of(ALT));
        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).containsExactly(ALT);
        assertThatCode(report::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void errorsAndWarningsKeepTheirOrder() {
        ValidationReport report = new ValidationReport(List.of(TITLE, ALT, TOO_DEEP));
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).containsExactly(TITLE, TOO_DEEP);
        assertThat(report.warnings()).containsExactly(ALT);
        assertThat(report).hasToString("""
                2 errors, 1 warning
                  ERROR metadata.title: title must not be blank [title.blank]
                  WARNING hero.image.alt: image needs alt text [image.alt-missing]
                  ERROR (article): needs content [content.missing]""");
    }

    @Test
    void throwIfInvalidCarriesTheReport() {
        ValidationReport report = new ValidationReport(List.of(TITLE, ALT));
        assertThatThrownBy(report::throwIfInvalid)
                .isInstanceOf(ArticleValidationException.class)
                .isInstanceOf(LedeException.class)
                .hasMessage("""
                        article is not valid: 1 error, 1 warning
                          ERROR metadata.title: title must not be blank [title.blank]
                          WARNING hero.image.alt: image needs alt text [image.alt-missing]""")
                .satisfies(e -> assertThat(((ArticleValidationException) e).report()).isSameAs(report));
    }

    @Test
    void reportIsACopy() {
        List<Violation> violations = new ArrayList<>(List.of(TITLE));
        ValidationReport report = new ValidationReport(violations);
        violations.add(ALT);
        assertThat(report.violations()).containsExactly(TITLE);
    }

    @Test
    void validatorReportThrowsForAnInvalidArticle() {
        ValidationReport report = ArticleValidator.standard()
                .validate(Articles.publishable().withMetadata(Articles.publishable().metadata().withTitle("")));
        assertThatThrownBy(report::throwIfInvalid).isInstanceOf(ArticleValidationException.class)
                .hasMessageContaining("metadata.title").hasMessageContaining("[title.blank]");
    }

    @Test
    void violationRejectsNulls() {
        assertThatThrownBy(() -> new Violation(null, "c", "m", Severity.ERROR))
                .isInstanceOf(NullPointerException.class).hasMessage("path must not be null");
        assertThatThrownBy(() -> new Violation("p", "c", "m", null))
                .isInstanceOf(NullPointerException.class).hasMessage("severity must not be null");
    }
}
