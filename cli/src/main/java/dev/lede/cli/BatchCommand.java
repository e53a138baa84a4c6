package dev.lede.cli;

import dev.lede.Article;
import dev.lede.LedeException;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import dev.lede.warc.WarcEntry;
import dev.lede.warc.WarcPages;
import java.io.UncheckedIOException;
import java.net.URI;
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
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
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
                "input with the same base name, and imports every HTML page of each .warc and .warc.gz web",
                "archive at its address into OUT_DIR/ARCHIVE/OFFSET.EXT (the record's byte offset).",
                "Existing outputs are skipped unless --force; outputs are",
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

    /**
     * One input's outcome: a file's, or a web archive record's at {@code offset} (-1 for a file); {@code error} is
     * the unexpected failure behind it, for --verbose, or null.
     */
    private record Result(Path input, long offset, Outcome outcome, String reason, Throwable error) {
        Result(Path input, Outcome outcome, String reason) {
            this(input, -1, outcome, reason, null);
        }

        Result(Path input, Outcome outcome, String reason, Throwable error) {
            this(input, -1, outcome, reason, error);
        }

        /** The input as the lines name it: the file, or the archive and the record's offset. */
        String name() {
            return offset < 0 ? input.toString() : input + "@" + offset;
        }
    }

    /**
     * An input to convert: its name in IN_DIR, the file to read (a link's target), and its output: a file, or for
     * a web archive the folder of its pages' outputs.
     */
    private record Job(Path input, Path source, Path target, boolean archive) {}

    /** A page of a web archive to import into {@code target}. */
    private record PageJob(Path input, WarcEntry.Page page, Path target) {}

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
        List<Job> files = planned.stream().filter(job -> !job.archive()).toList();
        List<Job> archives = planned.stream().filter(Job::archive).toList();
        Progress progress = Progress.on(lede.err, files.size());
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<String> skipLines = new ArrayList<>();
        try {
            List<Future<Result>> futures = new ArrayList<>(files.size());
            for (Job job : files) {
                futures.add(pool.submit(() -> {
                    Result result = convert(job, codecs);
                    progress.advance(job.input().getFileName().toString(), result.outcome() == Outcome.FAILED);
                    return result;
                }));
            }
            for (Job archive : archives) {
                readArchive(archive, codecs, pool, progress, futures, results, skipLines);
            }
            for (Future<Result> future : futures) {
                results.add(get(future));
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        return summarise(results, skipLines);
    }

    /**
     * Reads a web archive on this thread, handing each HTML page to the pool as it is read (at most two a thread
     * waiting, so that an archive larger than the heap streams through), each record that failed to
     * {@code results}, and the records that hold no page to one line of {@code skipLines} by reason.
     */
    private void readArchive(Job archive, Codecs codecs, ExecutorService pool, Progress progress,
            List<Future<Result>> futures, List<Result> results, List<String> skipLines) throws InterruptedException {
        try {
            Files.createDirectories(archive.target());
        } catch (IOException e) {
            results.add(new Result(archive.input(), Outcome.FAILED, archive.target() + ": cannot be created: "
                    + e.getMessage()));
            return;
        }
        WarcPages pages = WarcPages.builder().maxPayloadLength(limit.bytes).build();
        Semaphore waiting = new Semaphore(2 * jobs);
        Map<String, Integer> skipped = new TreeMap<>();
        try (Stream<WarcEntry> entries = pages.read(archive.source())) {
            for (WarcEntry entry : (Iterable<WarcEntry>) entries::iterator) {
                if (entry instanceof WarcEntry.Page) {
                    WarcEntry.Page page = (WarcEntry.Page) entry;
                    PageJob job = new PageJob(archive.input(), page, archive.target().resolve(page.offset() + "."
                            + to.extension()));
                    progress.grow(1);
                    waiting.acquire();
                    futures.add(pool.submit(() -> {
                        try {
                            Result result = convert(job, codecs);
                            progress.advance(archive.input().getFileName() + "@" + page.offset(),
                                    result.outcome() == Outcome.FAILED);
                            return result;
                        } finally {
                            waiting.release();
                        }
                    }));
                } else if (entry instanceof WarcEntry.Skipped) {
                    skipped.merge(((WarcEntry.Skipped) entry).reason().name().toLowerCase(Locale.ROOT)
                            .replace('_', '-'), 1, Integer::sum);
                } else {
                    WarcEntry.Failed failed = (WarcEntry.Failed) entry;
                    results.add(new Result(archive.input(), failed.offset(), Outcome.FAILED,
                            failed.target().map(target -> target + ": ").orElse("") + failed.error().problem(), null));
                }
            }
        } catch (UncheckedIOException e) {
            results.add(new Result(archive.input(), Outcome.FAILED, "cannot be read: " + e.getCause().getMessage()));
        }
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        if (total > 0) {
            for (int i = 0; i < total; i++) {
                results.add(new Result(archive.input(), Outcome.SKIPPED, ""));
            }
            skipLines.add("lede: " + archive.input() + ": skipped " + total + (total == 1 ? " record" : " records")
                    + " that hold no page: " + skipped.entrySet().stream().map(reason -> reason.getValue() + " "
                    + reason.getKey()).collect(Collectors.joining(", ")));
        }
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
                if (WarcPages.isWarcFileName(name)) {
                    found.add(new Job(input, source, outputDir.resolve(archiveFolder(name)), true));
                } else {
                    found.add(new Job(input, source, outputDir.resolve(name.substring(0, name.lastIndexOf('.')) + "."
                            + to.extension()), false));
                }
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

    /** The folder of a web archive's outputs: its name without {@code .warc} or {@code .warc.gz}. */
    private static String archiveFolder(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.substring(0, name.length() - (lower.endsWith(".gz") ? ".warc.gz" : ".warc").length());
    }

    private List<Path> listInputs() {
        try (Stream<Path> files = Files.list(inputDir)) {
            // JSON, HTML and web archives only: a README.md beside the articles is not one of them.
            return files.filter(path -> Format.ofPath(path).filter(f -> f == Format.JSON || f == Format.HTML)
                    .isPresent() || WarcPages.isWarcFileName(path.getFileName().toString())).sorted().toList();
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
            return write(input, -1, article, target, codecs);
        } catch (CliException e) {
            return new Result(input, Outcome.FAILED, e.getMessage());
        } catch (LedeException e) {
            return new Result(input, Outcome.FAILED, Codecs.describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug the input triggered: this file fails, the batch goes on.
            return new Result(input, Outcome.FAILED, Lede.describeUnexpected(e), e);
        }
    }

    /** A web archive's page, imported at its address, as {@code lede import --url} imports a page. */
    private Result convert(PageJob job, Codecs codecs) {
        WarcEntry.Page page = job.page();
        Path target = job.target();
        if (!force && Files.exists(target)) {
            return new Result(job.input(), page.offset(), Outcome.SKIPPED, "skipped: " + target
                    + " exists (use --force to overwrite)", null);
        }
        try {
            return write(job.input(), page.offset(), codecs.importPage(page.html(), page.url()).article(), target,
                    codecs);
        } catch (CliException e) {
            return new Result(job.input(), page.offset(), Outcome.FAILED, e.getMessage(), null);
        } catch (LedeException e) {
            return new Result(job.input(), page.offset(), Outcome.FAILED, page.url() + ": " + Codecs.describe(e),
                    null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(job.input(), page.offset(), Outcome.FAILED, page.url() + ": "
                    + Lede.describeUnexpected(e), e);
        }
    }

    private Result write(Path input, long offset, Article article, Path target, Codecs codecs) {
        List<String> lost = new ArrayList<>();
        Io.writeAtomically(target, codecs.write(article, to, lost::add), force);
        return new Result(input, offset, Outcome.CONVERTED, lost.isEmpty() ? "" : "warning: " + lost.size()
                + (lost.size() == 1 ? " part" : " parts") + " written only as near as " + to.name().toLowerCase(Locale.ROOT) + " can hold"
                + " (first: " + lost.get(0) + ")", null);
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

    private int summarise(List<Result> results, List<String> skipLines) {
        List<Result> sorted = results.stream().sorted(Comparator.comparing(Result::input)
                .thenComparingLong(Result::offset)).toList();
        long converted = sorted.stream().filter(r -> r.outcome() == Outcome.CONVERTED).count();
        long skipped = sorted.stream().filter(r -> r.outcome() == Outcome.SKIPPED).count();
        long failed = sorted.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
        for (Result result : sorted) {
            if (!result.reason().isEmpty()) {
                lede.err.println("lede: " + result.name() + ": " + result.reason());
                if (result.error() != null) {
                    lede.printTraceIfVerbose(result.error());
                }
            }
        }
        skipLines.forEach(lede.err::println);
        lede.out.printf(Locale.ROOT, "%d converted, %d failed, %d skipped%n", converted, failed, skipped);
        return failed == 0 ? Lede.OK : Lede.FAILED;
    }
}
