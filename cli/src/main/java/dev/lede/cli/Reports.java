package dev.lede.cli;

import dev.lede.html.PageDiagnostic;
import dev.lede.html.Provenance;
import dev.lede.html.Provenance.Candidate;
import dev.lede.validation.ValidationReport;
import dev.lede.validation.Violation;
import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/** The readable forms of validation reports and import diagnostics. */
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

    /** One import diagnostic: what was left out, where, how many words it held, and why. */
    static String describe(PageDiagnostic diagnostic) {
        StringBuilder line = new StringBuilder(words(diagnostic.reason().name()));
        diagnostic.readerKind().ifPresent(kind -> line.append(" (").append(words(kind.name())).append(')'));
        if (!diagnostic.path().isEmpty()) {
            line.append(" at ").append(diagnostic.path());
        }
        if (diagnostic.words() > 0) {
            line.append(" (").append(diagnostic.words()).append(diagnostic.words() == 1 ? " word)" : " words)");
        }
        if (!diagnostic.detail().isEmpty()) {
            line.append(": ").append(diagnostic.detail());
        }
        return line.toString();
    }

    /**
     * Where one metadata field came from: {@code provenance title = h1 body > h1 "A title"; beat open-graph
     * og:title "A title | Site"}, or {@code = none} when the field was left empty.
     */
    static String describe(Provenance provenance) {
        StringBuilder line = new StringBuilder("provenance ")
                .append(words(provenance.field().name())).append(" = ")
                .append(provenance.chosen().map(Reports::describe).orElse("none"));
        if (!provenance.rejected().isEmpty()) {
            line.append("; beat ").append(provenance.rejected().stream().map(Reports::describe)
                    .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    private static String describe(Candidate candidate) {
        return candidate.source().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (candidate.detail().isEmpty() ? "" : " " + candidate.detail())
                + (candidate.inferred() ? " (inferred)" : "") + " \"" + candidate.value() + "\"";
    }

    /** An enum constant's name as words: {@code NOT_REPRESENTED} is "not represented". */
    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
