package dev.lede.warc.internal;

import dev.lede.html.ArticleHtml;
import dev.lede.warc.WarcEntry;
import dev.lede.warc.WarcEntry.Skipped.Reason;
import dev.lede.warc.WarcException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.URIs;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Decides what one WARC record is, in this order: not a response, not HTTP, a redirect, an HTTP error, not HTML
 * (each skipped or failed without reading the payload), then cut short by the crawler, no usable address, over
 * the length limit, a content encoding that cannot be undone; else a page, decoded. An I/O failure that the rest
 * of the record's block then confirms (the file ends inside it) is left to the caller, which ends the file there.
 * Stateless.
 */
final class RecordReader {
    /** The media types of HTML pages. */
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

    private RecordReader() {}

    /**
     * The entry of one record, whose block is read no further than its payload.
     *
     * @throws IOException when the record's block cannot be read to the end of its payload and the rest of the
     *     block cannot be read either: a failure of the file, not of this record alone
     */
    static WarcEntry read(WarcRecord record, String source, long offset, int maxPayloadLength) throws IOException {
        Optional<String> target = target(record);
        Optional<Instant> date = date(record);
        if (!(record instanceof WarcResponse)) {
            return new WarcEntry.Skipped(source, offset, record.type(), target, date, Reason.NOT_RESPONSE, "");
        }
        WarcResponse response = (WarcResponse) record;
        MediaType recordType = response.contentType();
        if (!recordType.base().equals(MediaType.HTTP)) {
            return new WarcEntry.Skipped(source, offset, record.type(), target, date, Reason.NOT_HTTP,
                    recordType.toString());
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            record.body().consume();
            return failed(source, offset, target, date, WarcException.MALFORMED,
                    "the HTTP response cannot be parsed: " + EntryReader.firstLine(e.getMessage()), e);
        }
        int status = http.status();
        if (status >= 300 && status < 400) {
            return new WarcEntry.Skipped(source, offset, record.type(), target, date, Reason.REDIRECT,
                    statusLine(http) + http.headers().first("Location").map(location -> " to " + location).orElse(""));
        }
        if (status < 200 || status >= 300) {
            return failed(source, offset, target, date, WarcException.HTTP_STATUS, "HTTP status " + statusLine(http),
                    null);
        }
        MediaType payloadType = payloadType(response, http);
        if (!HTML.contains(payloadType.base().toString().toLowerCase(Locale.ROOT))) {
            return new WarcEntry.Skipped(source, offset, record.type(), target, date, Reason.NOT_HTML,
                    payloadType.toString());
        }
        if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            return failed(source, offset, target, date, WarcException.CUT_BY_CRAWLER, "the crawler kept only part of"
                    + " the page (WARC-Truncated: " + record.truncated().name().toLowerCase(Locale.ROOT) + ")", null);
        }
        if (target.isEmpty()) {
            return failed(source, offset, target, date, WarcException.BAD_TARGET, "the record has no WARC-Target-URI",
                    null);
        }
        Optional<URI> url = url(target.get());
        if (url.isEmpty()) {
            return failed(source, offset, target, date, WarcException.BAD_TARGET, "WARC-Target-URI \""
                    + target.get() + "\" is not an absolute address", null);
        }
        if (date.isEmpty()) {
            return failed(source, offset, target, date, WarcException.MALFORMED, "the record has no readable WARC-Date",
                    null);
        }
        byte[] payload;
        try (InputStream in = http.bodyDecoded().stream()) {
            payload = in.readNBytes(maxPayloadLength + 1);
        } catch (IOException e) {
            // The file itself failing shows again, and is thrown, when the rest of the block is read.
            record.body().consume();
            return failed(source, offset, target, date, WarcException.BAD_CONTENT_ENCODING, "the payload's"
                    + " Content-Encoding cannot be undone: " + e, e);
        }
        if (payload.length > maxPayloadLength) {
            return failed(source, offset, target, date, WarcException.OVER_LIMIT, "the page is longer than the limit"
                    + " of " + maxPayloadLength + " bytes", null);
        }
        String charset = charset(http.contentType());
        String html = charset == null ? ArticleHtml.decode(payload) : ArticleHtml.decode(payload, charset);
        return new WarcEntry.Page(source, offset, url.get(), date.get(), html);
    }

    private static WarcEntry.Failed failed(String source, long offset, Optional<String> target,
            Optional<Instant> date, String code, String problem, Throwable cause) {
        return new WarcEntry.Failed(source, offset, target, date, new WarcException(code, problem, source, offset,
                cause));
    }

    /** The HTTP {@code Content-Type}; without one, the type the crawler identified, if it did. */
    private static MediaType payloadType(WarcResponse response, HttpResponse http) {
        if (http.headers().first("Content-Type").isPresent()) {
            return http.contentType();
        }
        return response.identifiedPayloadType().orElse(MediaType.OCTET_STREAM);
    }

    /** The {@code charset} parameter, whatever the case of its name; null when there is none. */
    private static String charset(MediaType type) {
        return type.parameters().entrySet().stream().filter(parameter -> parameter.getKey().equalsIgnoreCase("charset"))
                .map(parameter -> parameter.getValue()).findFirst().orElse(null);
    }

    private static String statusLine(HttpResponse http) {
        String reason = http.reason() == null ? "" : http.reason().strip();
        return reason.isEmpty() ? Integer.toString(http.status()) : http.status() + " " + reason;
    }

    /** {@code WARC-Target-URI}, without the angle brackets WARC/1.0 once wrote around it. */
    private static Optional<String> target(WarcRecord record) {
        return record.headers().sole("WARC-Target-URI").map(String::strip).map(value ->
                value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value)
                .filter(value -> !value.isEmpty());
    }

    private static Optional<Instant> date(WarcRecord record) {
        try {
            return record.headers().sole("WARC-Date").map(String::strip).map(Instant::parse);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An absolute address, with what URI refuses percent-encoded as browsers send it. */
    private static Optional<URI> url(String target) {
        try {
            URI uri = URIs.parseLeniently(target);
            return uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
