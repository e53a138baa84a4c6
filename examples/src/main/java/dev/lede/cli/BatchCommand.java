package dev.lede.cli;

import dev.lede.Article;
import dev.lede.LedeException;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lede batch}: converts every article file of a directory in parallel. One bad file never stops the
 * batch; each failure is listed with its reason.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Converts every .json and .html file of IN_DIR into OUT_DIR, in parallel, one output per",
                "input with the same base name. Existing outputs are skipped unless --force; outputs are",
                "written atomically. Exit 0 when every file converted, 2 when any failed."})
final class BatchCommand implements Callable<Integer> {
    @ParentCommand
    Lede lede;

    @Parameters(index = "0", paramLabel = "IN_DIR", description = "The directory of inputs (not searched recursively).")
    Path inputDir;

    @Parameters(index = "1", paramLabel = "OUT_DIR", description = "The directory for outputs; created when missing.")
    Path outputDir;

    @Option(names = "--to", required = true, paramLabel = "json|html|page|outline", description = "The output format.")
    Format to;

    @Option(names = "--import", description = "Treat HTML inputs as whole web pages and run the importer on them.")
    boolean importPages;

    @Option(names = "--jobs", paramLabel = "N", description = "Files converted at once (default: the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Overwrite existing outputs.")
    boolean force;

    @Mixin
    InputLimit limit;

    /** What became of one input file. */
    private enum Outcome { CONVERTED, SKIPPED, FAILED }

    private record Result(Path input, Outcome outcome, String reason) {}

    @Override
    public Integer call() throws InterruptedException {
        if (jobs < 1) {
            throw new CliException(2, "--jobs must be at least 1, was " + jobs);
        }
        List<Path> inputs = listInputs();
        createOutputDir();
        Codecs codecs = new Codecs(limit.bytes);
        Progress progress = Progress.on(lede.err, inputs.size());
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Result> results = new ArrayList<>(inputs.size());
        try {
            List<Future<Result>> futures = new ArrayList<>(inputs.size());
            for (Path input : inputs) {
                futures.add(pool.submit(() -> {
                    Result result = convert(input, codecs);
                    progress.advance(input.getFileName().toString(), result.outcome() == Outcome.FAILED);
                    return result;
                }));
            }
            for (Future<Result> future : futures) {
                results.add(get(future));
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        return summarise(results);
    }

    private List<Path> listInputs() {
        if (!Files.isDirectory(inputDir)) {
            throw new CliException(2, inputDir + (Files.exists(inputDir) ? ": is not a directory" : ": no such directory"));
        }
        try (Stream<Path> files = Files.list(inputDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> Format.ofPath(path).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CliException(2, inputDir + ": cannot be listed: " + e.getMessage(), e);
        }
    }

    private void createOutputDir() {
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new CliException(2, outputDir + ": cannot be created: " + e.getMessage(), e);
        }
    }

    private Result convert(Path input, Codecs codecs) {
        String name = input.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        Path target = outputDir.resolve(base + "." + to.extension());
        if (!force && Files.exists(target)) {
            return new Result(input, Outcome.SKIPPED, target + " exists");
        }
        try {
            Format format = Format.ofPath(input).orElseThrow();
            String text = Io.decode(input.toString(), Io.readBytes(input, limit.bytes));
            Article article;
            if (importPages && format == Format.HTML) {
                // What `lede import` writes: the importer returns only valid articles, and refuses what it cannot
                // make one of with its own exception, so there is nothing to check here.
                article = codecs.importPage(text, null).article();
            } else {
                article = codecs.read(text, format, null);
                ValidationReport report = ArticleValidator.standard().validate(article);
                if (!report.isValid()) {
                    return new Result(input, Outcome.FAILED, "invalid: " + report.errors().get(0));
                }
            }
            Io.writeAtomically(target, codecs.write(article, to), force);
            return new Result(input, Outcome.CONVERTED, "");
        } catch (CliException e) {
            return new Result(input, Outcome.FAILED, e.getMessage());
        } catch (LedeException e) {
            return new Result(input, Outcome.FAILED, Codecs.describe(e));
        }
    }

    private Result get(Future<Result> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // Only a bug in the library gets here; it must not be mistaken for bad input.
            throw new IllegalStateException("conversion crashed", e.getCause());
        }
    }

    private int summarise(List<Result> results) {
        long converted = results.stream().filter(r -> r.outcome() == Outcome.CONVERTED).count();
        long skipped = results.stream().filter(r -> r.outcome() == Outcome.SKIPPED).count();
        List<Result> failed = results.stream().filter(r -> r.outcome() == Outcome.FAILED).toList();
        for (Result failure : failed) {
            lede.err.println("lede: " + failure.input() + ": " + failure.reason());
        }
        lede.out.printf(Locale.ROOT, "%d converted, %d failed, %d skipped%n", converted, failed.size(), skipped);
        return failed.isEmpty() ? Lede.OK : Lede.FAILED;
    }
}
