package dev.lede.assertj.internal;

import dev.lede.validation.ValidationReport;
import dev.lede.validation.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The validation checks, shared by the article's and the report's assertions: each returns its failure. */
public final class ValidationChecks {
    private ValidationChecks() {}

    /**
     * @param report the report; not null
     * @param what "valid" or "publishable"
     * @return the failure message listing every violation, or empty when there is no error
     */
    public static Optional<String> valid(ValidationReport report, String what) {
        return report.isValid() ? Optional.empty()
                : Optional.of("Expecting the article to be " + what + ", but the validator reported "
                        + summary(report) + ":\n" + every(report.violations()));
    }

    /**
     * @param report the report; not null
     * @param allowed the codes allowed; not null
     * @return the failure message listing every other violation, or empty when there is none
     */
    public static Optional<String> noViolationsExcept(ValidationReport report, Set<String> allowed) {
        List<Violation> others = report.violations().stream().filter(v -> !allowed.contains(v.code())).toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        String except = allowed.isEmpty() ? "" : " except " + Texts.quotedList(allowed.stream().sorted().toList());
        String noun = allowed.isEmpty() ? "violation" : "other violation";
        return Optional.of("Expecting no violations" + except + ", but the validator reported "
                + Texts.count(others.size(), noun) + ":\n" + every(others));
    }

    /**
     * @param report the report; not null
     * @return for example "2 errors, 1 warning"
     */
    public static String summary(ValidationReport report) {
        return Texts.count(report.errors().size(), "error") + ", " + Texts.count(report.warnings().size(), "warning");
    }

    /**
     * @param violations the violations; not null
     * @return one line each, indented: severity, path, message and code, every one of them
     */
    public static String every(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        for (Violation violation : violations) {
            text.append(text.length() == 0 ? "" : "\n").append("  ").append(violation);
        }
        return text.length() == 0 ? "  (none)" : text.toString();
    }
}
