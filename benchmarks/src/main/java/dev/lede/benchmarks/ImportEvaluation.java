package dev.lede.benchmarks;

import dev.lede.LedeException;
import dev.lede.html.PageImport;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The import evaluation: runs Lede's page importer and Readability4J over the readability test pages and
 * prints, as Markdown tables, how well each reproduces Readability's expected output and how fast it is; then
 * {@link MetadataEvaluation} over Postlight Parser's fixtures ({@code ../shared/corpora/postlight-fixtures}).
 *
 * <p>Usage: {@code ImportEvaluation [--all] [--metadata] [corpus-folder]}; {@code --all} prints every page
 * instead of the ten worst (and every page whose metadata Lede gets wrong); {@code --metadata} runs only the
 * metadata evaluation. The folder defaults to {@code ../shared/corpora/readability-test-pages}; when it is absent the
 * evaluation says so and exits 0. A page that fails with a {@link LedeException} is reported and scored as
 * empty (and warned about on standard error when it wraps a runtime exception of a heuristic); any other
 * exception from Lede is a bug: it is printed in full and the exit status is 1.
 *
 * <p>Times are CPU time of the calling thread: two passes over every page warm both importers up, then five
 * timed passes call them in turn on each page, and a page's time is its median over those five.
 *
 * <p>Not thread-safe; run it once per JVM.
 */
public final class ImportEvaluation {
    private static final int WORST = 10;
    /** Passes over every page before timing, so that both importers run compiled code when timed. */
    private static final int WARM_UP_PASSES = 2;
    /** Timed passes; a page's time is its median over these. */
    private static final int TIMED_PASSES = 5;
    // CPU time of the calling thread: what the import costs, unaffected by whatever else the machine runs.
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, PageImport> lede;
    private boolean bug;

    ImportEvaluation(PrintStream out, PrintStream err, Function<String, PageImport> lede) {
        this.out = out;
        this.err = err;
        this.lede = lede;
    }

    /**
     * Runs the evaluation.
     *
     * @param args {@code --all}, {@code --metadata} and a corpus folder, all optional; not null
     */
    public static void main(String[] args) {
        List<String> flags = Arrays.asList(args);
        int status = flags.contains("--metadata") ? 0
                : new ImportEvaluation(System.out, System.err, Importers::lede).run(args);
        boolean all = flags.contains("--all");
        status |= new MetadataEvaluation(System.out, System.err, Importers::lede).run(null, all);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /** One importer's result on one page. */
    record Outcome(Optional<Extraction> extraction, String failure, long nanos) {
        Outcome withNanos(long nanos) {
            return new Outcome(extraction, failure, nanos);
        }
    }

    /** The median, the mean of the two middle values for an even count; 0 for none. */
    private static double median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2.0;
    }

    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Both importers' results on one page, with what was expected. */
    record PageResult(CorpusPage page, String expectedText, Structure expected, Outcome lede, Outcome other) {
        Outcome outcome(boolean lede) {
            return lede ? this.lede : other;
        }

        TextOverlap.Score score(boolean lede) {
            return outcome(lede).extraction().map(e -> TextOverlap.score(e.text(), expectedText))
                    .orElse(new TextOverlap.Score(0, 0));
        }

        Structure found(boolean lede) {
            return outcome(lede).extraction().map(Extraction::structure).orElse(new Structure(0, 0, 0, 0));
        }

        boolean titleAgrees(boolean lede) {
            return outcome(lede).extraction().map(e -> Agreement.titleUpToAffix(e.title(), page.expectedTitle()))
                    .orElse(false);
        }

        boolean titleIsExact(boolean lede) {
            return outcome(lede).extraction().map(e -> Agreement.title(e.title(), page.expectedTitle()))
                    .orElse(false);
        }

        boolean bylineAgrees(boolean lede) {
            return outcome(lede).extraction().map(e -> Agreement.byline(e.byline(), page.expectedByline()))
                    .orElse(false);
        }
    }

    int run(String[] args) {
        boolean all = Arrays.asList(args).contains("--all");
        String given = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse(null);
        Optional<Path> folder = CorpusPage.folder(given);
        if (folder.isEmpty()) {
            out.println("Import evaluation skipped: the corpus folder "
                    + (given != null ? given : "../shared/corpora/" + CorpusPage.FOLDER) + " is absent.");
            return 0;
        }
        List<CorpusPage> pages = CorpusPage.loadAll(folder.get());
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (CorpusPage page : pages) {
                lede(page, false);
                readability4j(page);
            }
        }
        List<Outcome> ledeOutcomes = new ArrayList<>();
        List<Outcome> otherOutcomes = new ArrayList<>();
        long[][] ledeNanos = new long[pages.size()][TIMED_PASSES];
        long[][] otherNanos = new long[pages.size()][TIMED_PASSES];
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            for (int i = 0; i < pages.size(); i++) {
                Outcome lede = lede(pages.get(i), pass == 0);
                Outcome other = readability4j(pages.get(i));
                if (pass == 0) {
                    ledeOutcomes.add(lede);
                    otherOutcomes.add(other);
                }
                ledeNanos[i][pass] = lede.nanos();
                otherNanos[i][pass] = other.nanos();
            }
        }
        List<PageResult> results = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            CorpusPage page = pages.get(i);
            Element expected = Jsoup.parse(page.expectedHtml()).body();
            results.add(new PageResult(page, expected.text(), Structure.of(expected, page.expectedTitle()),
                    ledeOutcomes.get(i).withNanos(Math.round(median(ledeNanos[i]))),
                    otherOutcomes.get(i).withNanos(Math.round(median(otherNanos[i])))));
        }
        printSummary(results, folder.get());
        printPages(results, all);
        return bug ? 1 : 0;
    }

    private Outcome lede(CorpusPage page, boolean report) {
        long start = now();
        try {
            PageImport imported = lede.apply(page.source());
            long nanos = now() - start;
            return new Outcome(Optional.of(Importers.describe(imported)), null, nanos);
        } catch (LedeException e) {
            if (report && e.getCause() instanceof RuntimeException && !(e.getCause() instanceof LedeException)) {
                // Acceptable as an exception, but a heuristic failing on a page is still the importer's bug.
                err.println("WARNING: Lede wrapped " + e.getCause() + " on page " + page.name());
            }
            return new Outcome(Optional.empty(), e.getMessage(), now() - start);
        } catch (RuntimeException | StackOverflowError e) {
            bug = true;
            if (report) {
                err.println("BUG: Lede threw " + e.getClass().getName() + " on page " + page.name()
                        + "; only LedeException is acceptable");
                e.printStackTrace(err);
            }
            return new Outcome(Optional.empty(), "BUG " + e, now() - start);
        }
    }

    private static Outcome readability4j(CorpusPage page) {
        long start = now();
        try {
            net.dankito.readability4j.Article article = Importers.readability4j(page.source());
            long nanos = now() - start;
            return new Outcome(Optional.of(Importers.describe(article, page.expectedTitle())), null, nanos);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(Optional.empty(), e.toString(), now() - start);
        }
    }

    private void printSummary(List<PageResult> results, Path folder) {
        List<PageResult> readerable = results.stream().filter(r -> r.page().readerable()).toList();
        out.printf(Locale.ROOT, "Import evaluation over %s: %d pages, %d readerable%n%n", folder, results.size(),
                readerable.size());
        out.println("| pages | importer | mean P | mean R | F1 | title | exact title | byline | headings | tables"
                + " | list items | figures | median CPU ms | failures |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (List<PageResult> set : List.of(results, readerable)) {
            String label = set == results ? "all " + set.size() : "readerable " + set.size();
            summaryRow(label, "Lede", set, true);
            summaryRow(label, "Readability4J", set, false);
        }
        out.println();
    }

    private void summaryRow(String label, String importer, List<PageResult> set, boolean lede) {
        double precision = set.stream().mapToDouble(r -> r.score(lede).precision()).average().orElse(0);
        double recall = set.stream().mapToDouble(r -> r.score(lede).recall()).average().orElse(0);
        // Only pages with a title count for it: an article always has one, so an empty reference cannot agree.
        List<PageResult> titled = set.stream().filter(r -> !r.page().expectedTitle().isEmpty()).toList();
        long titles = titled.stream().filter(r -> r.titleAgrees(lede)).count();
        long exactTitles = titled.stream().filter(r -> r.titleIsExact(lede)).count();
        long bylines = set.stream().filter(r -> r.bylineAgrees(lede)).count();
        double median = median(set.stream().mapToLong(r -> r.outcome(lede).nanos()).toArray()) / 1e6;
        long failures = set.stream().filter(r -> r.outcome(lede).extraction().isEmpty()).count();
        out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %s | %s | %s | %s | %s | %s | %s | %.1f | %d |%n",
                label, importer, precision, recall, TextOverlap.Score.f1(precision, recall),
                share(titles, titled.size()), share(exactTitles, titled.size()), share(bylines, set.size()),
                kept(set, lede, Structure::headings), kept(set, lede, Structure::tables),
                kept(set, lede, Structure::listItems), kept(set, lede, Structure::figures), median, failures);
    }

    private static String kept(List<PageResult> set, boolean lede, ToIntFunction<Structure> count) {
        long expected = 0;
        long found = 0;
        for (PageResult result : set) {
            int wanted = count.applyAsInt(result.expected());
            expected += wanted;
            found += Math.min(count.applyAsInt(result.found(lede)), wanted);
        }
        return share(found, expected);
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * part / whole, part, whole);
    }

    private void printPages(List<PageResult> results, boolean all) {
        List<PageResult> sorted = results.stream()
                .sorted(Comparator.comparingDouble((PageResult r) -> r.score(true).f1())
                        .thenComparing(r -> r.page().name()))
                .toList();
        List<PageResult> shown = all ? sorted : sorted.subList(0, Math.min(WORST, sorted.size()));
        out.println(all ? "Every page, worst Lede F1 first:"
                : "The " + shown.size() + " pages with the worst Lede F1:");
        out.println();
        out.println("| page | readerable | Lede P | Lede R | Lede F1 | R4J F1 | headings | tables | list items"
                + " | figures | title | byline | Lede CPU ms | R4J CPU ms | failure |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (PageResult r : shown) {
            TextOverlap.Score lede = r.score(true);
            out.printf(Locale.ROOT,
                    "| %s | %s | %.3f | %.3f | %.3f | %.3f | %s | %s | %s | %s | %s | %s | %.1f | %.1f | %s |%n",
                    r.page().name(), r.page().readerable() ? "yes" : "no", lede.precision(), lede.recall(),
                    lede.f1(), r.score(false).f1(), counts(r, Structure::headings), counts(r, Structure::tables),
                    counts(r, Structure::listItems), counts(r, Structure::figures), r.titleAgrees(true) ? "yes" : "no",
                    r.bylineAgrees(true) ? "yes" : "no", r.lede().nanos() / 1e6, r.other().nanos() / 1e6,
                    failure(r));
        }
        out.println();
        out.println("Structure cells: Lede's count / expected count. Title and byline: Lede's agreement.");
    }

    private static String counts(PageResult r, Function<Structure, Integer> count) {
        return count.apply(r.found(true)) + "/" + count.apply(r.expected());
    }

    private static String failure(PageResult r) {
        String lede = r.lede().failure() == null ? "" : "Lede: " + r.lede().failure();
        String other = r.other().failure() == null ? "" : "R4J: " + r.other().failure();
        return (lede + " " + other).strip().replace('|', '/').replace('\n', ' ');
    }
}
