package dev.lede.cli;

import dev.lede.LedeException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
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
 * that is not valid, 2 input that cannot be read or output that cannot be written (and a usage error, or a bug).
 * Every failure is one line on standard error; {@code --verbose} adds its stack trace. Each run is independent;
 * {@link #run} may be called from several threads with their own streams.
 */
@Command(
        name = "lede",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Converts, validates and imports structured articles: Lede JSON, semantic HTML",
                "and Markdown in and out, web pages in; whole pages, outlines, plain text and",
                "chunks (JSON Lines, one a section) out."},
        subcommands = {ConvertCommand.class, ValidateCommand.class, ImportCommand.class, BatchCommand.class},
        usageHelpAutoWidth = true)
public final class Lede implements Runnable {
    /** Exit code of a run that did what it was asked. */
    public static final int OK = 0;
    /** Exit code of {@code validate} for an article with errors. */
    public static final int INVALID = 1;
    /** Exit code for input that cannot be read or output that cannot be written, a usage error or a bug. */
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
        Io.deletePendingOnExit();
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
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            stderr.println("lede: " + firstLine(e.getMessage()) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return FAILED;
        });
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; these two are what a hostile input could still cause.
            return lede.reportUnexpected(e);
        }
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: convert, validate, import or batch");
    }

    /**
     * Prints one line for a failure (and its stack trace with --verbose): a {@link CliException} with its exit
     * code, a library error as bad input, anything else as the bug it is.
     */
    int report(Exception e) {
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
        return reportUnexpected(e);
    }

    private int reportUnexpected(Throwable e) {
        err.println("lede: " + describeUnexpected(e));
        printTraceIfVerbose(e);
        return FAILED;
    }

    /** Where a command reports, one line each on standard error, what it wrote only as near as it could. */
    Consumer<String> warner(String inputName) {
        return line -> err.println(inputName + ": warning: " + line);
    }

    /** One line for a failure nobody planned for: a bug in Lede, or a heap too small for the input. */
    static String describeUnexpected(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory; lower --max-input or give Java more heap (JAVA_TOOL_OPTIONS=-Xmx4g)";
        }
        return "unexpected " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
                + " (a bug in Lede; --verbose prints its stack trace)";
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse("");
    }

    void printTraceIfVerbose(Throwable e) {
        if (verbose) {
            e.printStackTrace(err);
        }
    }
}
