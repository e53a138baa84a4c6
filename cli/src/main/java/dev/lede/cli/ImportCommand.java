package dev.lede.cli;

import dev.lede.html.PageImport;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lede import}: a whole web page to an article, with what was dropped on request. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Finds the article in a whole web page (navigation, comments and other chrome",
                "dropped) and writes it as Lede JSON, HTML, Markdown, plain text or chunks.",
                "--report lists what was left out and why, and where each metadata field came",
                "from."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Lede lede;

    @Parameters(index = "0", paramLabel = "PAGE", description = "The page (.html), or - for standard input.")
    String input;

    @Option(names = "--url", paramLabel = "URL", description = "The page's address, to resolve its relative links.")
    URI url;

    @Mixin
    Output output;

    @Option(names = "--to", paramLabel = "json|html|page|outline|md|text|chunks",
            description = "The output format (default: from OUT, else json).")
    Format to;

    @Mixin
    ChunkOptions chunkOptions;

    @Mixin
    MarkdownOptions markdownOptions;

    @Option(names = "--report", description = "Print the import diagnostics and the metadata's provenance to standard error.")
    boolean report;

    @Mixin
    InputLimit limit;

    @Override
    public Integer call() {
        Format target = to != null ? to : output.format(Format.JSON);
        Codecs codecs = new Codecs(limit.bytes, chunkOptions.chunker(target), markdownOptions.markdown(Format.HTML, target));
        String page = lede.io.readText(input, limit.bytes, Format.HTML);
        PageImport result = Codecs.on(input, () -> codecs.importPage(page, url));
        output.write(lede.io, codecs.write(result.article(), target, lede.warner(Io.displayName(input))));
        if (report) {
            result.diagnostics().forEach(diagnostic -> lede.err.println(Io.displayName(input) + ": "
                    + Reports.describe(diagnostic)));
            result.provenance().forEach(provenance -> lede.err.println(Io.displayName(input) + ": "
                    + Reports.describe(provenance)));
        }
        return Lede.OK;
    }
}
