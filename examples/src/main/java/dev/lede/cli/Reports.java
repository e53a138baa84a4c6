package dev.lede.cli;

import dev.lede.validation.ValidationReport;
import dev.lede.validation.Violation;
import java.io.PrintStream;
import java.util.Locale;

/** The readable form of a validation report: one line per violation, then a summary line. */
final class Reports {
    private Reports() {}

    static void print(String name, ValidationReport report, PrintStream out) {
        for (Violation violation : report.violations()) {
            out.printf(Locale.ROOT, "%s: %-7s %s: %s [%s]%n", name,
                    violation.severity().name().toLowerCase(Locale.ROOT), violation.path(), violation.message(),
                    violation.code());
        }
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        out.printf(Locale.ROOT, "%s: %s (%d %s, %d %s)%n", name, errors == 0 ? "valid" : "invalid", errors,
                errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings");
    }
}
