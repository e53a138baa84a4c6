package dev.lede.warc;

import dev.lede.LedeException;
import java.util.Objects;

/**
 * A WARC record that holds no page Lede can read, or a WARC file that cannot be read on: a malformed or cut-short
 * record, a payload over the length limit, an HTTP error status, a target address that is not one. Carries a
 * stable {@link #code() code} for the kind of problem, the {@link #source() file} and the byte
 * {@link #offset() offset} of the record. Met as the {@link WarcEntry.Failed#error() error} of a failed entry,
 * never thrown by the reader itself.
 *
 * <p>Unchecked; immutable and safe to share between threads. No accessor returns null.
 */
public final class WarcException extends LedeException {
    private static final long serialVersionUID = 1L;

    /** {@link #code() Code}: a record, or the HTTP message it holds, that cannot be parsed. */
    public static final String MALFORMED = "warc.malformed";
    /** {@link #code() Code}: the file ends inside the record; nothing after it can be read. */
    public static final String TRUNCATED = "warc.truncated";
    /**
     * {@link #code() Code}: the crawler kept only part of the page ({@code WARC-Truncated}: length, time,
     * disconnect), so its article would be incomplete.
     */
    public static final String CUT_BY_CRAWLER = "warc.cut-by-crawler";
    /** {@link #code() Code}: a page longer than {@link WarcPages.Builder#maxPayloadLength(int) maxPayloadLength}. */
    public static final String OVER_LIMIT = "warc.over-limit";
    /** {@link #code() Code}: an HTTP status that is neither success nor a redirect, such as 404 or 500. */
    public static final String HTTP_STATUS = "warc.http-status";
    /** {@link #code() Code}: a page whose {@code WARC-Target-URI} is missing or is no absolute address. */
    public static final String BAD_TARGET = "warc.bad-target";
    /** {@link #code() Code}: a page whose {@code Content-Encoding} is unknown, or whose compressed body is corrupt. */
    public static final String BAD_CONTENT_ENCODING = "warc.bad-content-encoding";
    /** {@link #code() Code}: the file failed to read (an I/O error); nothing after it can be read. */
    public static final String UNREADABLE = "warc.unreadable";

    private final String code;
    private final String problem;
    private final String source;
    private final long offset;

    /**
     * Creates an exception for a problem with a record.
     *
     * @param code the kind of problem, one of this class's codes; not null
     * @param problem what was wrong, for people; not null
     * @param source the file or stream the record is in; not null
     * @param offset the byte offset of the record in the file (of its gzip member in a {@code .warc.gz}); -1 when
     *     unknown
     * @param cause the underlying failure; may be null
     */
    public WarcException(String code, String problem, String source, long offset, Throwable cause) {
        super(Objects.requireNonNull(source, "source must not be null")
                + (offset >= 0 ? " at byte " + offset : "") + ": " + Objects.requireNonNull(problem,
                "problem must not be null"), cause);
        this.code = Objects.requireNonNull(code, "code must not be null");
        this.problem = problem;
        this.source = source;
        this.offset = offset >= 0 ? offset : -1;
    }

    /**
     * The kind of problem, stable across versions and meant for programs: {@link #MALFORMED}, {@link #TRUNCATED},
     * {@link #CUT_BY_CRAWLER}, {@link #OVER_LIMIT}, {@link #HTTP_STATUS}, {@link #BAD_TARGET},
     * {@link #BAD_CONTENT_ENCODING} or {@link #UNREADABLE}.
     *
     * @return the code; never null
     */
    public String code() {
        return code;
    }

    /**
     * What was wrong, without the file and offset.
     *
     * @return the problem; never null
     */
    public String problem() {
        return problem;
    }

    /**
     * The file or stream the record is in, as given to {@link WarcPages}.
     *
     * @return the source; never null
     */
    public String source() {
        return source;
    }

    /**
     * The byte offset of the record in its file: for a {@code .warc.gz}, the offset of the gzip member that holds
     * it, as CDX indexes give it.
     *
     * @return the offset, or -1 when unknown
     */
    public long offset() {
        return offset;
    }
}
