package dev.lede.cli;

import dev.lede.LedeException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code lede} command line: convert, validate, import and batch. Exit codes: 0 success, 1 an article
 * that is not valid, 2 input that cannot be read or output that cannot be written. Each run is independent;
 * {@link #run} may be called from several threads with their own streams.
 */
@Command(
        name = "lede",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Converts, validates and imports structured articles (Lede JSON, semantic HTML, web pages).",
        subcommands = {ConvertCommand.class, ValidateCommand.class, ImportCommand.class, BatchCommand.class},
        usageHelpAutoWidth = true)
public final class Lede implements Runnable {
    /** Exit code of a run that did what it was asked. */
    public static final int OK = 0;
    /** Exit code of {@code validate} for an article with errors. */
    public static final int INVALID = 1;
    /** Exit code for input that cannot be read or output that cannot be written. */
    public static final int FAILED = 2;

    /**
     * Hibernate Validator announces its version at INFO on first use; a command line's output is for its
     * results. Held in a field because the logging framework keeps loggers only weakly.
     */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    final Io io;
    final PrintStream out;
    final PrintStream err;

    private Lede(Io io, PrintStream out, PrintStream err) {
        this.io = io;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the command line in-process with the given streams.
     *
     * @param args the arguments; not null
     * @param stdin standard input; not null
     * @param stdout standard output; not null
     * @param stderr standard error; not null
     * @return the exit code
     */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        Lede lede = new Lede(new Io(stdin, stdout), stdout, stderr);
        CommandLine commandLine = new CommandLine(lede);
        commandLine.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(stderr, true, StandardCharsets.UTF_8));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> lede.report(e));
        return commandLine.execute(args);
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: convert, validate, import or batch");
    }

    /** Prints one line for an expected failure (and its stack trace with --verbose); rethrows a bug. */
    int report(Exception e) throws Exception {
        if (e instanceof CliException) {
            err.println("lede: " + e.getMessage());
            printTraceIfVerbose(e);
            return ((CliException) e).exitCode();
        }
        if (e instanceof LedeException) {
            err.println("lede: " + Codecs.describe((LedeException) e));
            printTraceIfVerbose(e);
            return FAILED;
        }
        throw e;
    }

    private void printTraceIfVerbose(Exception e) {
        if (verbose) {
            e.printStackTrace(err);
        }
    }
}
