package dev.lede.benchmarks;

import dev.lede.Article;
import dev.lede.Contributor;
import dev.lede.LedeException;
import dev.lede.html.PageImport;
import dev.lede.validation.ArticleValidator;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The metadata evaluation: runs Lede's page importer and Readability4J over Postlight Parser's news fixtures
 * and prints, as Markdown tables, how often each agrees with the title, authors and publication date written
 * down for each page by hand.
 *
 * <ul>
 *   <li>Title: the share of pages with an expected title whose title agrees ({@link Agreement#title}).
 *   <li>Authors: names compared as sets after {@link Agreement#normaliseByline}; precision is averaged over the
 *       pages where the importer names anyone, recall over the pages with expected authors, F1 is their harmonic
 *       mean, and "exact" is the share of pages with expected authors whose set is the same. Readability4J
 *       gives one byline string, which is split at commas, "and" and "&amp;".
 *   <li>Published: over the pages with an expected date, the same instant to the minute, and the same day: the
 *       found value's date is the expected instant's date at the found value's offset, or both are the same
 *       date in UTC. A date without a time, which Lede writes as noon UTC, is right when the expected instant
 *       falls on that date in some time zone (UTC-12:00 to UTC+14:00): the fixtures write a page's local
 *       midnight in UTC, which is the day before for offsets east of Greenwich.
 *   <li>Failures: pages on which the importer threw; invalid: Lede articles with validation errors.
 * </ul>
 *
 * <p>Not thread-safe; run it once per JVM.
 */
final class MetadataEvaluation {
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(-12);
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);
    private static final Pattern BYLINE_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");

    private final PrintStream out;
    private final PrintStream err;
    private final BiFunction<String, URI, PageImport> lede;
    private boolean bug;

    MetadataEvaluation(PrintStream out, PrintStream err, BiFunction<String, URI, PageImport> lede) {
        this.out = out;
        this.err = err;
        this.lede = lede;
    }

    /** What one importer found on one page; empty fields when it failed. */
    record Found(String title, List<String> authors, Optional<OffsetDateTime> published, String failure,
            boolean invalid) {
        static Found failed(String failure) {
            return new Found("", List.of(), Optional.empty(), failure, false);
        }
    }

    /** Running sums of one importer's agreement. */
    private static final class Tally {
        int titles;
        int titled;
        double precision;
        int precisionPages;
        double recall;
        int recallPages;
        int exact;
        int minute;
        int day;
        int dated;
        int failures;
        int invalid;

        void add(FixturePage page, Found found) {
            if (!page.expectedTitle().isEmpty()) {
                titled++;
                titles += Agreement.title(found.title(), page.expectedTitle()) ? 1 : 0;
            }
            Set<String> expected = names(page.expectedAuthors());
            Set<String> actual = names(found.authors());
            long common = actual.stream().filter(expected::contains).count();
            if (!actual.isEmpty()) {
                precisionPages++;
                precision += (double) common / actual.size();
            }
            if (!expected.isEmpty()) {
                recallPages++;
                recall += (double) common / expected.size();
                exact += expected.equals(actual) ? 1 : 0;
            }
            if (page.expectedPublished().isPresent()) {
                dated++;
                minute += sameMinute(found.published(), page.expectedPublished().get()) ? 1 : 0;
                day += sameDay(found.published(), page.expectedPublished().get()) ? 1 : 0;
            }
            failures += found.failure() == null ? 0 : 1;
            invalid += found.invalid() ? 1 : 0;
        }

        double meanPrecision() {
            return precisionPages == 0 ? 0 : precision / precisionPages;
        }

        double meanRecall() {
            return recallPages == 0 ? 0 : recall / recallPages;
        }
    }

    /**
     * Runs the evaluation.
     *
     * @param given the fixtures folder, or null for {@code ../shared/corpora/postlight-fixtures}
     * @param all whether to list every page that Lede gets wrong, not only the count
     * @return 0, or 1 when Lede threw anything but a {@link LedeException}
     */
    int run(String given, boolean all) {
        Optional<Path> folder = SharedCorpora.folder(FixturePage.FOLDER, given);
        if (folder.isEmpty()) {
            out.println("Metadata evaluation skipped: the corpus folder "
                    + (given != null ? given : "../shared/corpora/" + FixturePage.FOLDER) + " is absent.");
            return 0;
        }
        List<FixturePage> pages = FixturePage.loadAll(folder.get());
        Tally ledeTally = new Tally();
        Tally otherTally = new Tally();
        List<String> misses = new ArrayList<>();
        for (FixturePage page : pages) {
            Found found = lede(page);
            ledeTally.add(page, found);
            otherTally.add(page, readability4j(page));
            miss(page, found).ifPresent(misses::add);
        }
        out.printf(Locale.ROOT, "Metadata evaluation over %s: %d pages, %d with a title, %d with authors,"
                + " %d with a date%n%n", folder.get(), pages.size(), ledeTally.titled, ledeTally.recallPages,
                ledeTally.dated);
        out.println("| importer | title | authors P | authors R | authors F1 | exact authors | published (minute)"
                + " | published (day) | failures | invalid |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        row("Lede", ledeTally, true);
        row("Readability4J", otherTally, false);
        out.println();
        out.println(misses.size() + " pages where Lede misses a field" + (all ? ":" : " (--all lists them)."));
        if (all) {
            out.println();
            misses.forEach(out::println);
        }
        out.println();
        return bug ? 1 : 0;
    }

    private void row(String importer, Tally tally, boolean hasDates) {
        double p = tally.meanPrecision();
        double r = tally.meanRecall();
        out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %s | %s | %s | %d | %s |%n", importer,
                share(tally.titles, tally.titled), p, r, TextOverlap.Score.f1(p, r), share(tally.exact,
                        tally.recallPages), hasDates ? share(tally.minute, tally.dated) : "n/a",
                hasDates ? share(tally.day, tally.dated) : "n/a", tally.failures,
                hasDates ? Integer.toString(tally.invalid) : "n/a");
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) part / whole, part, whole);
    }

    private Found lede(FixturePage page) {
        try {
            Article article = lede.apply(page.source(), page.url()).article();
            return new Found(article.metadata().title(),
                    article.metadata().authors().stream().map(Contributor::name).toList(),
                    article.metadata().published(), null,
                    !ArticleValidator.standard().validate(article).isValid());
        } catch (LedeException e) {
            return Found.failed(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            bug = true;
            err.println("BUG: Lede threw " + e.getClass().getName() + " on page " + page.name()
                    + "; only LedeException is acceptable");
            e.printStackTrace(err);
            return Found.failed("BUG " + e);
        }
    }

    private static Found readability4j(FixturePage page) {
        try {
            net.dankito.readability4j.Article article = Importers.readability4j(page.source(), page.url());
            String byline = article.getByline() == null ? "" : article.getByline();
            return new Found(article.getTitle() == null ? "" : article.getTitle(),
                    List.of(BYLINE_SEPARATOR.split(byline)), Optional.empty(), null, false);
        } catch (RuntimeException | StackOverflowError e) {
            return Found.failed(e.toString());
        }
    }

    /** One line naming each field Lede got wrong on a page, or empty when it got them all. */
    private static Optional<String> miss(FixturePage page, Found found) {
        List<String> wrong = new ArrayList<>();
        if (found.failure() != null) {
            wrong.add("failed: " + found.failure());
        }
        if (!page.expectedTitle().isEmpty() && !Agreement.title(found.title(), page.expectedTitle())) {
            wrong.add("title \"" + found.title() + "\" for \"" + page.expectedTitle() + "\"");
        }
        if (!names(found.authors()).equals(names(page.expectedAuthors()))) {
            wrong.add("authors " + found.authors() + " for " + page.expectedAuthors());
        }
        if (page.expectedPublished().isPresent() && !sameDay(found.published(), page.expectedPublished().get())) {
            wrong.add("published " + found.published().map(Object::toString).orElse("none") + " for "
                    + page.expectedPublished().get());
        }
        if (found.invalid()) {
            wrong.add("invalid");
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of("- " + page.name() + ": " + String.join("; ", wrong));
    }

    private static Set<String> names(List<String> authors) {
        Set<String> names = new LinkedHashSet<>();
        for (String author : authors) {
            String name = Agreement.normaliseByline(author);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean sameMinute(Optional<OffsetDateTime> found, OffsetDateTime expected) {
        return found.isPresent() && found.get().truncatedTo(ChronoUnit.MINUTES).toInstant()
                .equals(expected.truncatedTo(ChronoUnit.MINUTES).toInstant());
    }

    private static boolean sameDay(Optional<OffsetDateTime> found, OffsetDateTime expected) {
        if (found.isEmpty()) {
            return false;
        }
        OffsetDateTime value = found.get();
        if (value.getOffset().equals(ZoneOffset.UTC) && value.toLocalTime().equals(LocalTime.NOON)) {
            // A date without a time, as Lede writes one: right when the expected instant falls on that date in
            // some time zone, since the fixtures write a page's local midnight in UTC.
            return value.toLocalDate().equals(expected.withOffsetSameInstant(EARLIEST_ZONE).toLocalDate())
                    || value.toLocalDate().equals(expected.withOffsetSameInstant(LATEST_ZONE).toLocalDate());
        }
        return value.toLocalDate().equals(expected.withOffsetSameInstant(value.getOffset()).toLocalDate())
                || value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                        .equals(expected.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    }
}
