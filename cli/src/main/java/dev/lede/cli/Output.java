package dev.lede.cli;

import picocli.CommandLine.Option;

/** The output options that {@code convert} and {@code import} share, as a picocli mixin. */
final class Output {
    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "-",
            description = "The output file, or - for standard output (the default).")
    String file;

    @Option(names = "--force", description = "Overwrite an existing output file (which keeps its permissions).")
    boolean force;

    /** The format the output file's name implies, else {@code fallback}. */
    Format format(Format fallback) {
        return Formats.outputOf(file).orElse(fallback);
    }

    void write(Io io, String text) {
        io.writeText(file, text, force);
    }
}
