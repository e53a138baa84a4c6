package dev.lede.cli;

import java.util.Optional;

/** How the commands decide formats from options and file names. */
final class Formats {
    private Formats() {}

    /** The input format: the option, else the file extension; standard input needs the option. */
    static Format input(String name, Format option) {
        if (option != null) {
            if (!option.readable()) {
                throw new CliException(2, "--from takes json, html or md; a whole web page is read by 'lede import'");
            }
            return option;
        }
        if (Io.STANDARD_STREAM.equals(name)) {
            throw new CliException(2, "standard input: cannot tell its format; give --from json, html or md");
        }
        return Format.ofFileName(name).orElseThrow(() -> new CliException(2,
                name + ": cannot tell its format from the extension; give --from json, html or md"));
    }

    /** The output format a file name implies, if any. */
    static Optional<Format> outputOf(String name) {
        return Io.STANDARD_STREAM.equals(name) ? Optional.empty() : Format.ofFileName(name);
    }
}
