package dev.lede.flink.internal;

/**
 * The names of the job's accumulators: every record read counts once in {@link #RECORDS} and once in exactly one
 * of {@link #ARTICLES}, {@link #ERRORS} and {@link #SKIPPED}, and each skip and error also under its reason.
 */
public final class Counters {
    /** Records read: WARC records and HTML files. */
    public static final String RECORDS = "lede.records";
    /** Pages imported into an article. */
    public static final String ARTICLES = "lede.articles";
    /** Lines written to the articles output (one an article, or one a chunk). */
    public static final String LINES = "lede.lines";
    /** Records written to the errors output. */
    public static final String ERRORS = "lede.errors";
    /** Records that hold no page. */
    public static final String SKIPPED = "lede.skipped";
    /** The prefix of the skips by reason: {@code lede.skipped.not-html}. */
    public static final String SKIPPED_BY = SKIPPED + ".";
    /** The prefix of the errors by code, else exception class: {@code lede.errors.warc.http-status}. */
    public static final String ERRORS_BY = ERRORS + ".";

    private Counters() {}
}
