package dev.lede.warc;

import dev.lede.warc.internal.EntryReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads the HTML pages of web archives: WARC files ({@code .warc}, or {@code .warc.gz} with each record its own
 * gzip member, as crawlers write them), one {@link WarcEntry} per record. A record is a {@link WarcEntry.Page}
 * when it is an HTTP response with status 2xx and an HTML payload, complete and within
 * {@link Builder#maxPayloadLength(int) maxPayloadLength}; otherwise it is {@link WarcEntry.Skipped} (not a
 * response, not HTTP, a redirect, not HTML) or {@link WarcEntry.Failed} with a {@link WarcException} (malformed,
 * cut short, over the limit, an HTTP error status, no usable address). Nothing is dropped without an entry.
 *
 * <pre>{@code
 * try (Stream<WarcEntry> entries = WarcPages.standard().read(Path.of("crawl.warc.gz"))) {
 *     entries.forEach(entry -> ...);
 * }
 * }</pre>
 *
 * <p>Entries are read lazily, one record in memory at a time; the body of a record that is skipped is not
 * decoded. A record the file ends inside, or a record whose WARC header cannot be parsed, is a failed entry
 * ({@link WarcException#TRUNCATED}, {@link WarcException#MALFORMED}, {@link WarcException#UNREADABLE} for an I/O
 * error) and the last entry of the stream, since where the next record starts is then unknown; a failure inside
 * one record (its HTTP message, its payload) is not, and reading goes on with the next record.
 *
 * <p>Built once, then immutable and safe to share between threads; each stream it returns is for one thread at a
 * time. No method accepts or returns null.
 */
public final class WarcPages {
    /** Default {@link Builder#maxPayloadLength(int) maxPayloadLength}: 16 MiB, as the command line's input limit. */
    public static final int DEFAULT_MAX_PAYLOAD_LENGTH = 16 * 1024 * 1024;

    /** The largest {@link Builder#maxPayloadLength(int) maxPayloadLength}: 1 GiB. */
    public static final int MAX_PAYLOAD_LENGTH = 1 << 30;

    private static final WarcPages STANDARD = builder().build();

    private final int maxPayloadLength;

    private WarcPages(Builder builder) {
        this.maxPayloadLength = builder.maxPayloadLength;
    }

    /**
     * The reader with the default options: pages up to {@value #DEFAULT_MAX_PAYLOAD_LENGTH} bytes.
     *
     * @return the shared standard reader
     */
    public static WarcPages standard() {
        return STANDARD;
    }

    /**
     * Starts configuring a reader.
     *
     * @return a new builder with the default options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this reader's options, to make a variant of it.
     *
     * @return a new builder
     */
    public Builder rebuild() {
        return new Builder().maxPayloadLength(maxPayloadLength);
    }

    /**
     * Whether a file name is a WARC file's: it ends in {@code .warc} or {@code .warc.gz}, in any case.
     *
     * @param fileName a file name or path; not null
     * @return true for a WARC file's name
     */
    public static boolean isWarcFileName(String fileName) {
        Objects.requireNonNull(fileName, "fileName must not be null");
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /**
     * Reads the entries of a WARC file, lazily. Close the stream (try-with-resources) to close the file.
     *
     * @param file a {@code .warc} or {@code .warc.gz} file, compressed or not whatever its name; not null
     * @return one entry per record, in file order, named by the file's path as {@link WarcEntry#source()}
     * @throws UncheckedIOException when the file cannot be opened, naming it
     */
    public Stream<WarcEntry> read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return read(in, file.toString());
    }

    /**
     * Reads the entries of a WARC held by a stream, lazily, to the stream's end. Closing the returned stream
     * closes {@code in}.
     *
     * @param in the WARC, gzipped or not; not null
     * @param source what to call it in entries and errors, such as its file name; not null
     * @return one entry per record, in order
     */
    public Stream<WarcEntry> read(InputStream in, String source) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        EntryReader reader = new EntryReader(in, source, maxPayloadLength);
        return reader.stream();
    }

    /**
     * The longest page read, in bytes.
     *
     * @return the limit
     */
    public int maxPayloadLength() {
        return maxPayloadLength;
    }

    /** Configures a {@link WarcPages}. Options are checked when set. Not thread-safe. */
    public static final class Builder {
        private int maxPayloadLength = DEFAULT_MAX_PAYLOAD_LENGTH;

        private Builder() {}

        /**
         * Sets the longest page read, in bytes of its HTTP payload once any {@code Content-Encoding} is undone:
         * reading stops one byte past it, and the record is a {@link WarcException#OVER_LIMIT} failure. Skipped
         * records are not read, whatever their length.
         *
         * @param maxPayloadLength from 1 to {@value WarcPages#MAX_PAYLOAD_LENGTH}; default
         *     {@value WarcPages#DEFAULT_MAX_PAYLOAD_LENGTH}
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxPayloadLength(int maxPayloadLength) {
            if (maxPayloadLength < 1 || maxPayloadLength > MAX_PAYLOAD_LENGTH) {
                throw new IllegalArgumentException("maxPayloadLength must be from 1 to " + MAX_PAYLOAD_LENGTH
                        + ", was " + maxPayloadLength);
            }
            this.maxPayloadLength = maxPayloadLength;
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return an immutable reader
         */
        public WarcPages build() {
            return new WarcPages(this);
        }
    }
}
