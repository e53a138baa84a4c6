package dev.lede.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Batch progress: a bar redrawn in place on a terminal, plain lines otherwise (a log or a pipe). Thread-safe.
 */
final class Progress {
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private int total;
    private final boolean terminal;
    private int done;
    private int failed;

    private Progress(PrintStream out, int total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    static Progress on(PrintStream out, int total) {
        return new Progress(out, total, System.console() != null && out == System.err);
    }

    /** Counts {@code more} inputs found after the start, such as the pages of a web archive as it is read. */
    synchronized void grow(int more) {
        total += more;
    }

    synchronized void advance(String file, boolean failure) {
        done++;
        if (failure) {
            failed++;
        }
        if (terminal) {
            int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d  %d failed ", "#".repeat(filled), " ".repeat(BAR_WIDTH - filled),
                    done, total, failed);
        } else {
            out.printf(Locale.ROOT, "[%d/%d] %s %s%n", done, total, failure ? "failed" : "done", file);
        }
        out.flush();
    }

    synchronized void finish() {
        if (terminal && total > 0) {
            out.println();
        }
    }
}
