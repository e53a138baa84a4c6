package dev.lede.flink.internal;

import dev.lede.html.ArticleHtml;
import dev.lede.html.ArticleHtmlException;
import dev.lede.warc.WarcEntry;
import dev.lede.warc.WarcException;
import dev.lede.warc.WarcPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.Path;

/**
 * Reads one input file into {@link SourceRecord}s: a WARC through {@link WarcPages}, one record per WARC record;
 * an HTML file as one page, decoded as {@link ArticleHtml#decode(byte[])} decodes it, without an address. A
 * file is never split. The position checkpointed after each record is the count of records read, so that a
 * restored reader reads the file again from its start and passes over what was already emitted.
 *
 * <p>An I/O error (a WARC's {@link WarcException#UNREADABLE}, an HTML file that cannot be read) fails the task,
 * for Flink's restart strategy to retry, rather than becoming a record: it says nothing about the input.
 */
public final class PageFileFormat implements BulkFormat<SourceRecord, FileSourceSplit> {
    private static final long serialVersionUID = 1L;

    /** Records handed over at a time, at most. */
    private static final int BATCH_RECORDS = 64;

    /** HTML characters handed over at a time, about: a batch ends after the record that passes this. */
    private static final long BATCH_CHARS = 4L * 1024 * 1024;

    private final int maxInputBytes;

    /**
     * A format reading pages of at most {@code maxInputBytes} bytes.
     *
     * @param maxInputBytes the longest page, as {@link WarcPages.Builder#maxPayloadLength(int)}
     */
    public PageFileFormat(int maxInputBytes) {
        this.maxInputBytes = maxInputBytes;
    }

    @Override
    public Reader<SourceRecord> createReader(Configuration config, FileSourceSplit split) throws IOException {
        return new PageReader(open(split.path()), 0);
    }

    @Override
    public Reader<SourceRecord> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        long emitted = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        PageReader reader = new PageReader(open(split.path()), emitted);
        for (long i = 0; i < emitted && reader.records.hasNext(); i++) {
            reader.records.next();
        }
        return reader;
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<SourceRecord> getProducedType() {
        return TypeInformation.of(SourceRecord.class);
    }

    /** The records of one file, read lazily, with what closes it. */
    private Records open(Path path) throws IOException {
        String source = path.toString();
        InputStream in = path.getFileSystem().open(path);
        if (PageFileEnumerator.isHtml(path.getName())) {
            try (InputStream html = in) {
                return new Records(List.of(htmlFile(source, html.readNBytes(maxInputBytes + 1))).iterator(), () -> { });
            }
        }
        Stream<WarcEntry> entries = WarcPages.builder().maxPayloadLength(maxInputBytes).build().read(in, source);
        Iterator<WarcEntry> iterator = entries.iterator();
        return new Records(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public SourceRecord next() {
                return iterator.next().accept(TO_RECORD);
            }
        }, entries::close);
    }

    private SourceRecord htmlFile(String source, byte[] bytes) {
        if (bytes.length > maxInputBytes) {
            ArticleHtmlException error = new ArticleHtmlException("the file is longer than the limit of "
                    + maxInputBytes + " bytes", null);
            return SourceRecord.failed(source, -1, null, null, null, error.getMessage(), error.getClass().getName());
        }
        return SourceRecord.page(source, -1, null, null, ArticleHtml.decode(bytes));
    }

    /** A WARC entry as a source record; an I/O error is thrown, for the task to be retried. */
    private static final WarcEntry.Visitor<SourceRecord> TO_RECORD = new WarcEntry.Visitor<>() {
        @Override
        public SourceRecord visit(WarcEntry.Page page) {
            return SourceRecord.page(page.source(), page.offset(), page.url().toString(), page.fetched().toString(),
                    page.html());
        }

        @Override
        public SourceRecord visit(WarcEntry.Skipped skipped) {
            String reason = skipped.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
            String detail = skipped.type() + " record" + (skipped.detail().isEmpty() ? "" : ": " + skipped.detail());
            return SourceRecord.skipped(skipped.source(), skipped.offset(), skipped.target().orElse(null),
                    skipped.date().map(Object::toString).orElse(null), reason, detail);
        }

        @Override
        public SourceRecord visit(WarcEntry.Failed failed) {
            WarcException error = failed.error();
            if (error.code().equals(WarcException.UNREADABLE)) {
                throw new UncheckedIOException(error.getMessage(), new IOException(error.getMessage(), error));
            }
            return SourceRecord.failed(failed.source(), failed.offset(), failed.target().orElse(null),
                    failed.date().map(Object::toString).orElse(null), error.code(), error.problem(),
                    error.getClass().getName());
        }
    };

    /** Records and what closes their file. */
    private static final class Records {
        final Iterator<SourceRecord> records;
        final Runnable close;

        Records(Iterator<SourceRecord> records, Runnable close) {
            this.records = records;
            this.close = close;
        }
    }

    /** Hands the records of one file over in batches of a bounded size. */
    private static final class PageReader implements BulkFormat.Reader<SourceRecord> {
        final Iterator<SourceRecord> records;
        private final Runnable close;
        private long emitted;

        PageReader(Records records, long emitted) {
            this.records = records.records;
            this.close = records.close;
            this.emitted = emitted;
        }

        @Override
        public RecordIterator<SourceRecord> readBatch() throws IOException {
            List<SourceRecord> batch = new ArrayList<>();
            long chars = 0;
            try {
                while (batch.size() < BATCH_RECORDS && chars < BATCH_CHARS && records.hasNext()) {
                    SourceRecord record = records.next();
                    batch.add(record);
                    chars += record.html() == null ? 0 : record.html().length();
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (batch.isEmpty()) {
                return null;
            }
            IteratorResultIterator<SourceRecord> iterator = new IteratorResultIterator<>(batch.iterator(),
                    CheckpointedPosition.NO_OFFSET, emitted);
            emitted += batch.size();
            return iterator;
        }

        @Override
        public void close() {
            close.run();
        }
    }
}
