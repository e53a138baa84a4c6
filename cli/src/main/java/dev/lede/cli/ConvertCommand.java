package dev.lede.cli;

import dev.lede.Article;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lede convert}: one article from JSON, HTML or Markdown to any format the command line writes. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts an article between Lede JSON, semantic HTML and Markdown, or writes it",
                "as a whole page, an outline, plain text or chunks (JSON Lines, one a section).",
                "Formats come from the file extensions unless given; \"-\" is standard input or output.",
                "Without --to, JSON becomes HTML, and HTML or Markdown becomes JSON.",
                "An article with validation errors is not converted (exit 1)."})
final class ConvertCommand implements Callable<Integer> {
    @ParentCommand
    Lede lede;

    @Parameters(index = "0", paramLabel = "IN", description = "The input file, or - for standard input.")
    String input;

    @Mixin
    Output output;

    @Option(names = "--from", paramLabel = "json|html|md", description = "The input format.")
    Format from;

    @Option(names = "--to", paramLabel = "json|html|page|outline|md|text|chunks",
            description = "The output format: json, html (an <article> fragment), page (a whole HTML page), outline,"
                    + " md (Markdown), text (plain text) or chunks (JSON Lines, one object a section).")
    Format to;

    @Mixin
    ChunkOptions chunkOptions;

    @Mixin
    MarkdownOptions markdownOptions;

    @Option(names = "--base", paramLabel = "URL", description = "Resolve relative URLs in HTML input against this address.")
    URI base;

    @Mixin
    InputLimit limit;

    @Override
    public Integer call() {
        Format source = Formats.input(input, from);
        Format target = to != null ? to : output.format(source == Format.JSON ? Format.HTML : Format.JSON);
        Codecs codecs = new Codecs(limit.bytes, chunkOptions.chunker(target), markdownOptions.markdown(source, target));
        String text = lede.io.readText(input, limit.bytes, source);
        Article article = Codecs.on(input, () -> codecs.read(text, source, base));
        ValidationReport report = ArticleValidator.standard().validate(article);
        if (!report.isValid()) {
            Reports.print(Io.displayName(input), report, lede.err);
            return Lede.INVALID;
        }
        output.write(lede.io, codecs.write(article, target, lede.warner(Io.displayName(input))));
        return Lede.OK;
    }
}
