package dev.lede.cli;

import dev.lede.Article;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lede validate}: a readable report; exit 0 when valid, 1 when not, 2 when unreadable. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates an article and prints each violation with its path, severity and code.",
                "Exit 0 when valid, 1 when invalid, 2 when the input cannot be read."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    Lede lede;

    @Parameters(index = "0", paramLabel = "IN", description = "The article (.json, .html or .md), or - for standard input.")
    String input;

    @Option(names = "--from", paramLabel = "json|html|md", description = "The input format, when the extension does not say.")
    Format from;

    @Option(names = "--publishable", description = "Also apply the stricter rules for an article going live.")
    boolean publishable;

    @Mixin
    InputLimit limit;

    @Override
    public Integer call() {
        Format format = Formats.input(input, from);
        String text = lede.io.readText(input, limit.bytes, format);
        Article article = Codecs.on(input, () -> new Codecs(limit.bytes).read(text, format, null));
        ArticleValidator validator = ArticleValidator.standard();
        ValidationReport report = publishable ? validator.validatePublishable(article) : validator.validate(article);
        Reports.print(Io.displayName(input), report, lede.out);
        return report.isValid() ? Lede.OK : Lede.INVALID;
    }
}
