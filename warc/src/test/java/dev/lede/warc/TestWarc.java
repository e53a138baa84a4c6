package dev.lede.warc;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes a WARC for a test with jwarc's own writer, each record's offset returned as it is written. */
final class TestWarc implements Closeable {
    static final Instant FETCHED = Instant.parse("2025-08-14T09:30:00Z");

    private final WarcWriter writer;

    private TestWarc(WarcWriter writer) {
        this.writer = writer;
    }

    /** A new WARC at {@code file}, gzipped record by record when its name ends in {@code .gz}. */
    static TestWarc create(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new TestWarc(new WarcWriter(channel, file.toString().endsWith(".gz") ? WarcCompression.GZIP
                : WarcCompression.NONE));
    }

    long write(WarcRecord record) throws IOException {
        long offset = writer.position();
        writer.write(record);
        return offset;
    }

    long warcinfo() throws IOException {
        return write(new Warcinfo.Builder().date(FETCHED).fields(java.util.Map.of("software",
                java.util.List.of("lede-test"))).build());
    }

    long request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", url).build();
        return write(new WarcRequest.Builder(url).date(FETCHED).body(http).build());
    }

    /** A 200 response holding {@code body} with the given HTTP Content-Type (none when null). */
    long page(String url, String contentType, byte[] body) throws IOException {
        return response(url, 200, "OK", contentType, body);
    }

    long page(String url, String html) throws IOException {
        return page(url, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    long response(String url, int status, String reason, String contentType, byte[] body, String... headers)
            throws IOException {
        return write(responseRecord(url, status, reason, contentType, body, headers).build());
    }

    static WarcResponse.Builder responseRecord(String url, int status, String reason, String contentType,
            byte[] body, String... headers) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, reason);
        for (int i = 0; i < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        http.body(contentType == null ? null : MediaType.parse(contentType), body);
        return new WarcResponse.Builder(url).date(FETCHED).body(http.build());
    }

    long cutByCrawler(String url, String html) throws IOException {
        return write(responseRecord(url, 200, "OK", "text/html", html.getBytes(StandardCharsets.UTF_8))
                .truncated(WarcTruncationReason.LENGTH).build());
    }

    long dns(String host) throws IOException {
        return write(new WarcResponse.Builder("dns:" + host).date(FETCHED)
                .body(MediaType.parse("text/dns"), "20250814093000\n93.184.216.34".getBytes(StandardCharsets.US_ASCII))
                .build());
    }

    long resource(String url, String html) throws IOException {
        return write(new WarcResource.Builder(java.net.URI.create(url)).date(FETCHED).body(MediaType.HTML,
                html.getBytes(StandardCharsets.UTF_8)).build());
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
