package dev.lede.json.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Wraps a caller's stream or reader so that its own I/O failures can be told apart from Jackson's complaints about
 * the bytes (an unknown encoding is an {@code IOException} too), and so that a stream is never read past the size
 * limit.
 */
public final class Sources {
    private Sources() {}

    /** An I/O failure of the caller's source, as opposed to bad input. */
    public static final class SourceException extends IOException {
        private static final long serialVersionUID = 1L;

        SourceException(IOException cause) {
            super(cause.getMessage(), cause);
        }

        /** The caller's exception. */
        public IOException source() {
            return (IOException) getCause();
        }
    }

    /** More bytes than the limit. */
    public static final class LimitException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitException(long limit) {
            super("the input is longer than the limit of " + limit + " bytes");
        }
    }

    /** {@code in}, failing with {@link LimitException} on the first byte past {@code limit}. */
    public static InputStream limited(InputStream in, long limit) {
        return new FilterInputStream(in) {
            private long remaining = limit;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n;
                try {
                    n = super.read(buffer, offset, (int) Math.min(length, remaining + 1));
                } catch (IOException e) {
                    throw new SourceException(e);
                }
                if (n > 0) {
                    remaining -= n;
                    if (remaining < 0) {
                        throw new LimitException(limit);
                    }
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
            }
        };
    }

    /** {@code in}, its failures marked as {@link SourceException}s. */
    public static Reader marked(Reader in) {
        return new FilterReader(in) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (IOException e) {
                    throw new SourceException(e);
                }
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                try {
                    return super.read(buffer, offset, length);
                } catch (IOException e) {
                    throw new SourceException(e);
                }
            }
        };
    }

    /**
     * {@code in} without a leading U+FEFF, the byte order mark as a character, which RFC 8259 lets a reader
     * ignore (Jackson skips one in bytes, not in characters); checked on the first read, so that a failure of
     * {@code in} surfaces where Jackson reads.
     */
    public static Reader withoutBom(Reader in) {
        return new PushbackReader(in, 1) {
            private boolean started;

            @Override
            public int read() throws IOException {
                start();
                return super.read();
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                start();
                return super.read(buffer, offset, length);
            }

            private void start() throws IOException {
                if (started) {
                    return;
                }
                started = true;
                int first = super.read();
                if (first >= 0 && first != '\uFEFF') {
                    unread(first);
                }
            }
        };
    }
}
