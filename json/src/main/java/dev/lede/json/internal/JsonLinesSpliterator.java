package dev.lede.json.internal;

import dev.lede.Article;
import dev.lede.json.ArticleJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Splits a JSON Lines byte stream into lines and reads each as an article, one line in memory at a time and
 * none longer than the limit. Not thread-safe, like any spliterator.
 */
public final class JsonLinesSpliterator extends Spliterators.AbstractSpliterator<Article> {
    /** Reads one line's bytes as an article, reporting errors on the given line of the stream. */
    @FunctionalInterface
    public interface LineReader {
        /** Reads {@code line[0..length)}, the content of stream line {@code lineNumber}. */
        Article read(byte[] line, int length, long lineNumber);
    }

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final long maxLineLength;
    private final LineReader reader;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private long lineNumber;
    private boolean done;

    public JsonLinesSpliterator(InputStream in, long maxLineLength, LineReader reader) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.in = in;
        this.maxLineLength = maxLineLength;
        this.reader = reader;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Article> action) {
        if (done) {
            return false;
        }
        int length = nextLine();
        if (length < 0) {
            done = true;
            return false;
        }
        action.accept(reader.read(line, length, lineNumber));
        return true;
    }

    /** Closes the input, for the stream's close handler. */
    public static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the next line, without its LF, into {@link #line}; returns its length, or -1 at the end of input. */
    private int nextLine() {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? length : -1;
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            if (length + (long) chunk > maxLineLength) {
                done = true;
                throw new ArticleJsonException(ArticleJsonException.OVER_LIMIT,
                        "line longer than the limit of " + maxLineLength + " bytes", "", lineNumber + 1, -1, null);
            }
            if (length + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(length + chunk, line.length * 2));
            }
            System.arraycopy(buffer, start, line, length, chunk);
            length += chunk;
            if (position < limit) {
                position++;
                lineNumber++;
                return length;
            }
        }
    }

    private boolean fill() {
        try {
            int read = in.read(buffer);
            while (read == 0) {
                read = in.read(buffer);
            }
            if (read < 0) {
                lineNumber++;
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
