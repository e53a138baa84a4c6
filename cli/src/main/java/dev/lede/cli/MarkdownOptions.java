package dev.lede.cli;

import dev.lede.markdown.ArticleMarkdown;
import picocli.CommandLine.Option;

/** The Markdown options that {@code convert}, {@code import} and {@code batch} share, as a picocli mixin. */
final class MarkdownOptions {
    @Option(names = "--no-front-matter", description = "With --to md: no YAML front matter, for renderers that do not"
            + " know it; the title is a '# ' line, and metadata Markdown then cannot hold is named on standard error.")
    boolean noFrontMatter;

    @Option(names = "--raw-html", description = "With --to md: tables GFM cannot hold (spans, several header rows)"
            + " are written as HTML instead of flattened; with Markdown input: HTML tables are read.")
    boolean rawHtml;

    /**
     * The Markdown converter's options for a run from {@code source} to {@code target}. Each option is refused
     * where no Markdown is written (or, for {@code --raw-html}, read), where it would do nothing.
     */
    ArticleMarkdown.Builder markdown(Format source, Format target) {
        if (noFrontMatter && target != Format.MD) {
            throw new CliException(Lede.FAILED, "--no-front-matter applies only to --to md");
        }
        if (rawHtml && target != Format.MD && source != Format.MD) {
            throw new CliException(Lede.FAILED, "--raw-html applies only to --to md or Markdown input");
        }
        return ArticleMarkdown.builder().frontMatter(!noFrontMatter).rawHtml(rawHtml);
    }
}
