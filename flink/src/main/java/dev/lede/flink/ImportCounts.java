package dev.lede.flink;

import dev.lede.flink.internal.Counters;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobExecutionResult;

/**
 * What a finished {@link LedeImportJob} counted, from its accumulators: every record read (a WARC record or an
 * HTML file) is an article, an error or a skip, so {@code records == articles + errors + skipped}
 * ({@link #addsUp()}). Immutable and thread-safe. No component is null.
 *
 * @param records the records read
 * @param articles the pages imported into an article
 * @param errors the records written to the errors output
 * @param skipped the records that hold no page
 * @param lines the lines written to the articles output (one an article, or one a chunk)
 * @param skippedBy the skips by reason ({@code not-response}, {@code not-http}, {@code redirect}, {@code not-html}),
 *     in name order
 * @param errorsBy the errors by code ({@code warc.http-status}, ...), or exception class where there is no code,
 *     in name order
 */
public record ImportCounts(long records, long articles, long errors, long skipped, long lines,
        Map<String, Long> skippedBy, Map<String, Long> errorsBy) {
    /** Copies the maps, sorted by name. */
    public ImportCounts {
        skippedBy = Collections.unmodifiableSortedMap(new TreeMap<>(skippedBy));
        errorsBy = Collections.unmodifiableSortedMap(new TreeMap<>(errorsBy));
    }

    /**
     * The counts of a finished job.
     *
     * @param result the job's result; not null
     * @return its counts, zero where the job counted nothing
     */
    public static ImportCounts of(JobExecutionResult result) {
        Objects.requireNonNull(result, "result must not be null");
        Map<String, Object> all = result.getAllAccumulatorResults();
        Map<String, Long> skippedBy = new TreeMap<>();
        Map<String, Long> errorsBy = new TreeMap<>();
        all.forEach((name, value) -> {
            if (name.startsWith(Counters.SKIPPED_BY)) {
                skippedBy.put(name.substring(Counters.SKIPPED_BY.length()), (Long) value);
            } else if (name.startsWith(Counters.ERRORS_BY)) {
                errorsBy.put(name.substring(Counters.ERRORS_BY.length()), (Long) value);
            }
        });
        return new ImportCounts(count(all, Counters.RECORDS), count(all, Counters.ARTICLES),
                count(all, Counters.ERRORS), count(all, Counters.SKIPPED), count(all, Counters.LINES), skippedBy,
                errorsBy);
    }

    private static long count(Map<String, Object> all, String name) {
        Object value = all.get(name);
        return value == null ? 0 : (Long) value;
    }

    /**
     * Whether every record read is counted once: {@code records == articles + errors + skipped}.
     *
     * @return true when the counts add up, as they do unless Lede has a bug
     */
    public boolean addsUp() {
        return records == articles + errors + skipped;
    }

    /**
     * The counts for people, one line each: the totals, then the skips and errors by kind when there are any.
     *
     * @return for example {@code 142 records: 131 articles (131 lines), 3 errors, 8 skipped}, then
     *     {@code skipped: 5 not-response, 3 not-html} and {@code errors: 2 warc.http-status, 1 warc.truncated}
     */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d records: %d articles (%d lines), %d errors, %d skipped", records, articles, lines, errors,
                skipped));
        if (!skippedBy.isEmpty()) {
            text.append(System.lineSeparator()).append("skipped: ").append(byName(skippedBy));
        }
        if (!errorsBy.isEmpty()) {
            text.append(System.lineSeparator()).append("errors: ").append(byName(errorsBy));
        }
        return text.toString();
    }

    private static String byName(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }
}
