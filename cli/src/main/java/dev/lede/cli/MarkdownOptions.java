package dev.lede.cli;

import picocli.CommandLine.Option;

/** The option of {@code --to md} that {@code convert}, {@code import} and {@code batch} share, as a picocli mixin. */
final class MarkdownOptions {
    @Option(names = "--no-front-matter", description = "With --to md: no YAML front matter, for renderers that do not"
            + " know it; the title is a '# ' line, and metadata Markdown then cannot hold is named on standard error.")
    boolean noFrontMatter;

    /** Whether Markdown gets front matter; the option is refused for any other format, where it would do nothing. */
    boolean frontMatter(Format target) {
        if (noFrontMatter && target != Format.MD) {
            throw new CliException(Lede.FAILED, "--no-front-matter applies only to --to md");
        }
        return !noFrontMatter;
    }
}
