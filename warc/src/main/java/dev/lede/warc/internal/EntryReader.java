package dev.lede.warc.internal;

import dev.lede.warc.WarcEntry;
import dev.lede.warc.WarcException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Drives jwarc over one WARC: one entry per record, made by {@link RecordReader}, and one last failed entry when
 * the file cannot be read on (where the next record would start is then unknown). Every record's block is read
 * to its end before its entry is handed out, so that a file cut short inside a skipped record is reported there
 * and not taken for the end of the file. Not thread-safe.
 */
public final class EntryReader implements Spliterator<WarcEntry> {
    private final InputStream in;
    private final String source;
    private final int maxPayloadLength;
    private WarcReader reader;
    private boolean done;

    /**
     * A reader of the stream, which is read from the first entry asked for.
     *
     * @param in the WARC, gzipped or not
     * @param source its name in entries
     * @param maxPayloadLength the longest page, in bytes
     */
    public EntryReader(InputStream in, String source, int maxPayloadLength) {
        this.in = in;
        this.source = source;
        this.maxPayloadLength = maxPayloadLength;
    }

    /**
     * The entries as a lazy stream whose closing closes the input.
     *
     * @return the stream
     */
    public Stream<WarcEntry> stream() {
        return StreamSupport.stream(this, false).onClose(this::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super WarcEntry> action) {
        if (done) {
            return false;
        }
        WarcEntry entry = next();
        if (entry == null) {
            done = true;
            return false;
        }
        action.accept(entry);
        return true;
    }

    /** The next entry, or null at the end of the file. */
    private WarcEntry next() {
        long offset = -1;
        try {
            if (reader == null) {
                reader = new WarcReader(in);
                // Forgiving of what real crawlers write (wget's WARC/1.0 header bugs among them).
                reader.setLenient(true);
            }
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
                return null;
            }
            WarcRecord record = next.get();
            offset = reader.position();
            WarcEntry entry = RecordReader.read(record, source, offset, maxPayloadLength);
            // The rest of the block, so that a file ending inside it is found here, in this record.
            record.body().consume();
            return entry;
        } catch (IOException e) {
            done = true;
            long at = offset >= 0 ? offset : reader != null ? reader.position() : 0;
            return new WarcEntry.Failed(source, at, Optional.empty(), Optional.empty(), fatal(e, source, at));
        }
    }

    /** The failure that ends a file: an I/O error at the level of the WARC, not inside one record's payload. */
    static WarcException fatal(IOException e, String source, long offset) {
        if (e instanceof EOFException) {
            return new WarcException(WarcException.TRUNCATED, "the file ends inside this record"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + "; nothing after it can be read",
                    source, offset, e);
        }
        if (e instanceof ParsingException) {
            return new WarcException(WarcException.MALFORMED, "not a WARC record: " + firstLine(e.getMessage())
                    + "; nothing after it can be read", source, offset, e);
        }
        if (e instanceof ZipException) {
            return new WarcException(WarcException.MALFORMED, "the file's gzip compression is corrupt: "
                    + e.getMessage() + "; nothing after it can be read", source, offset, e);
        }
        return new WarcException(WarcException.UNREADABLE, "the file cannot be read: " + e
                + "; nothing after it can be read", source, offset, e);
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Spliterator<WarcEntry> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
        return ORDERED | NONNULL;
    }
}
