package dev.lede.cli;

import dev.lede.Article;
import dev.lede.LedeException;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lede batch}: converts every article file of a directory in parallel. One bad file never stops the
 * batch; each failure is listed with its reason, and so is each file skipped.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Converts every .json and .html file of IN_DIR into OUT_DIR, in parallel, one output per",
                "input with the same base name. Existing outputs are skipped unless --force; outputs are",
                "written atomically, a new one with the usual permissions, a replaced one keeping its own.",
                "Two inputs that would share an output (a.json and a.html to a.json, or names that differ only",
                "in case) are both refused. OUT_DIR must not be IN_DIR; it may be a folder inside it, since",
                "subfolders are not read. A symbolic link leading out of IN_DIR is skipped, not followed.",
                "Exit 0 when every file converted or was skipped, 2 when any failed."})
final class BatchCommand implements Callable<Integer> {
    @ParentCommand
    Lede lede;

    @Parameters(index = "0", paramLabel = "IN_DIR", description = "The directory of inputs (not searched recursively).")
    Path inputDir;

    @Parameters(index = "1", paramLabel = "OUT_DIR", description = "The directory for outputs; created when missing.")
    Path outputDir;

    @Option(names = "--to", required = true, paramLabel = "json|html|page|outline|md|text|chunks",
            description = "The output format; md writes .md files, outline and text .txt, chunks .jsonl.")
    Format to;

    @Mixin
    ChunkOptions chunkOptions;

    @Mixin
    MarkdownOptions markdownOptions;

    @Option(names = "--import", description = "Treat HTML inputs as whole web pages and run the importer on them.")
    boolean importPages;

    @Option(names = "--jobs", paramLabel = "N", description = "Files converted at once (default: the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Overwrite existing outputs (each keeps its permissions).")
    boolean force;

    @Mixin
    InputLimit limit;

    /** What became of one input file. */
    private enum Outcome { CONVERTED, SKIPPED, FAILED }

    /** One input's outcome; {@code error} is the unexpected failure behind it, for --verbose, or null. */
    private record Result(Path input, Outcome outcome, String reason, Throwable error) {
        Result(Path input, Outcome outcome, String reason) {
            this(input, outcome, reason, null);
        }
    }

    /** An input to convert: its name in IN_DIR, the file to read (a link's target), and its output. */
    private record Job(Path input, Path source, Path target) {}

    @Override
    public Integer call() throws InterruptedException {
        if (jobs < 1) {
            throw new CliException(2, "--jobs must be at least 1, was " + jobs);
        }
        Codecs codecs = new Codecs(limit.bytes, chunkOptions.chunker(to), markdownOptions.markdown(Format.HTML, to));
        Path root = realInputDir();
        createOutputDir(root);
        List<Result> results = new ArrayList<>();
        List<Job> planned = plan(root, results);
        Progress progress = Progress.on(lede.err, planned.size());
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Result>> futures = new ArrayList<>(planned.size());
            for (Job job : planned) {
                futures.add(pool.submit(() -> {
                    Result result = convert(job, codecs);
                    progress.advance(job.input().getFileName().toString(), result.outcome() == Outcome.FAILED);
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

    /** IN_DIR with every link resolved: what "inside the input directory" means. */
    private Path realInputDir() {
        if (!Files.isDirectory(inputDir)) {
            throw new CliException(2, inputDir + (Files.exists(inputDir) ? ": is not a directory" : ": no such directory"));
        }
        try {
            return inputDir.toRealPath();
        } catch (IOException e) {
            throw new CliException(2, inputDir + ": cannot be resolved: " + e.getMessage(), e);
        }
    }

    /** Creates OUT_DIR, refusing IN_DIR itself (under any name), where outputs would overwrite or join inputs. */
    private void createOutputDir(Path root) {
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new CliException(2, outputDir + ": cannot be created: " + e.getMessage(), e);
        }
        boolean same;
        try {
            same = Files.isSameFile(root, outputDir);
        } catch (IOException e) {
            throw new CliException(2, outputDir + ": cannot be compared with " + inputDir + ": " + e.getMessage(), e);
        }
        if (same) {
            throw new CliException(2, outputDir + ": is the input directory " + inputDir
                    + "; outputs would overwrite or mix with the inputs, choose another OUT_DIR");
        }
    }

    /**
     * The inputs to convert, in name order. Links leading out of IN_DIR (or nowhere) and inputs that would share
     * an output go to {@code results} instead, as skipped and failed.
     */
    private List<Job> plan(Path root, List<Result> results) {
        List<Job> found = new ArrayList<>();
        for (Path input : listInputs()) {
            Path source = input;
            if (Files.isSymbolicLink(input)) {
                Optional<Path> target = realPath(input);
                if (target.isEmpty()) {
                    results.add(new Result(input, Outcome.SKIPPED, "skipped: a symbolic link that leads nowhere"));
                    continue;
                }
                if (!target.get().startsWith(root)) {
                    results.add(new Result(input, Outcome.SKIPPED,
                            "skipped: a symbolic link leading out of " + inputDir + ", not followed"));
                    continue;
                }
                source = target.get();
            }
            if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                String name = input.getFileName().toString();
                found.add(new Job(input, source, outputDir.resolve(name.substring(0, name.lastIndexOf('.')) + "."
                        + to.extension())));
            }
        }
        // Names that differ only in case are one file on macOS and Windows: count them as one everywhere.
        Map<String, List<Job>> byTarget = found.stream().collect(Collectors.groupingBy(
                job -> job.target().getFileName().toString().toLowerCase(Locale.ROOT)));
        List<Job> unshared = new ArrayList<>(found.size());
        for (Job job : found) {
            List<Job> sharing = byTarget.get(job.target().getFileName().toString().toLowerCase(Locale.ROOT));
            if (sharing.size() == 1) {
                unshared.add(job);
            } else {
                String others = sharing.stream().filter(other -> other != job).map(other -> other.input().toString())
                        .collect(Collectors.joining(", "));
                results.add(new Result(job.input(), Outcome.FAILED, "its output " + job.target()
                        + " is also the output of " + others + (sharing.size() == 2 ? "; neither" : "; none")
                        + " is converted"));
            }
        }
        return unshared;
    }

    private List<Path> listInputs() {
        try (Stream<Path> files = Files.list(inputDir)) {
            // JSON and HTML only, as ever: a README.md beside the articles is not one of them.
            return files.filter(path -> Format.ofPath(path).filter(f -> f == Format.JSON || f == Format.HTML)
                    .isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new CliException(2, inputDir + ": cannot be listed: " + e.getMessage(), e);
        }
    }

    private static Optional<Path> realPath(Path link) {
        try {
            return Optional.of(link.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Result convert(Job job, Codecs codecs) {
        Path input = job.input();
        Path target = job.target();
        if (!force && Files.exists(target)) {
            return new Result(input, Outcome.SKIPPED, "skipped: " + target + " exists (use --force to overwrite)");
        }
        try {
            Format format = Format.ofPath(input).orElseThrow();
            // Not following a link here either: the source was checked to lie inside IN_DIR when listed.
            String text = Io.decode(input.toString(), Io.readBytes(job.source(), limit.bytes, LinkOption.NOFOLLOW_LINKS),
                    format);
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
            List<String> lost = new ArrayList<>();
            Io.writeAtomically(target, codecs.write(article, to, lost::add), force);
            return new Result(input, Outcome.CONVERTED, lost.isEmpty() ? "" : "warning: " + lost.size()
                    + (lost.size() == 1 ? " part" : " parts") + " written only as near as " + to.name().toLowerCase(Locale.ROOT) + " can hold"
                    + " (first: " + lost.get(0) + ")");
        } catch (CliException e) {
            return new Result(input, Outcome.FAILED, e.getMessage());
        } catch (LedeException e) {
            return new Result(input, Outcome.FAILED, Codecs.describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug the input triggered: this file fails, the batch goes on.
            return new Result(input, Outcome.FAILED, Lede.describeUnexpected(e), e);
        }
    }

    private Result get(Future<Result> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // convert catches all but an Error such as OutOfMemoryError, which the command line reports.
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw new IllegalStateException("conversion crashed", e.getCause());
        }
    }

    private int summarise(List<Result> results) {
        List<Result> sorted = results.stream().sorted(Comparator.comparing(Result::input)).toList();
        long converted = sorted.stream().filter(r -> r.outcome() == Outcome.CONVERTED).count();
        long skipped = sorted.stream().filter(r -> r.outcome() == Outcome.SKIPPED).count();
        long failed = sorted.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
        for (Result result : sorted) {
            if (result.outcome() != Outcome.CONVERTED || !result.reason().isEmpty()) {
                lede.err.println("lede: " + result.input() + ": " + result.reason());
                if (result.error() != null) {
                    lede.printTraceIfVerbose(result.error());
                }
            }
        }
        lede.out.printf(Locale.ROOT, "%d converted, %d failed, %d skipped%n", converted, failed, skipped);
        return failed == 0 ? Lede.OK : Lede.FAILED;
    }
}
