package dev.lede.warc;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one WARC record turned out to be: a {@link Page} to import, a record {@link Skipped} because it holds no
 * page, or a record that {@link Failed} to give one. {@link WarcPages} reads one entry per record, so that every
 * record of a file is accounted for; a program counts or reports the skips and failures it does not act on.
 *
 * <p>Dispatch over the three kinds with a {@link Visitor}. Entries are immutable and safe to share between
 * threads. No component is null.
 */
public sealed interface WarcEntry permits WarcEntry.Page, WarcEntry.Skipped, WarcEntry.Failed {
    /**
     * The file or stream the record is in, as given to {@link WarcPages}.
     *
     * @return the source; never null
     */
    String source();

    /**
     * The byte offset of the record in its file: for a {@code .warc.gz}, the offset of the gzip member that holds
     * it, as CDX indexes give it.
     *
     * @return the offset, or -1 when unknown
     */
    long offset();

    /**
     * The record's {@code WARC-Target-URI}: the address that was fetched.
     *
     * @return the address as the archive holds it, or empty when the record names none
     */
    Optional<String> target();

    /**
     * The record's {@code WARC-Date}: when the address was fetched.
     *
     * @return the date, or empty when the record gives none that can be read
     */
    Optional<Instant> date();

    /**
     * Calls the visitor's method for this kind of entry.
     *
     * @param visitor the visitor; not null
     * @param <R> what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * Handles each kind of entry; {@link WarcEntry#accept} calls the method for the entry's kind.
     *
     * @param <R> what the methods return
     */
    interface Visitor<R> {
        /**
         * Handles a page.
         *
         * @param page the page; not null
         * @return the result
         */
        R visit(Page page);

        /**
         * Handles a skipped record.
         *
         * @param skipped the skipped record; not null
         * @return the result
         */
        R visit(Skipped skipped);

        /**
         * Handles a failed record.
         *
         * @param failed the failed record; not null
         * @return the result
         */
        R visit(Failed failed);
    }

    /**
     * An HTML page: a {@code response} record holding a successful (2xx) HTTP response with an HTML payload
     * ({@code text/html} or {@code application/xhtml+xml}), complete and within the length limit. The HTML is
     * decoded as a browser decodes it: a byte order mark, else the charset of the HTTP {@code Content-Type},
     * else a {@code <meta>} charset, else UTF-8 ({@link dev.lede.html.ArticleHtml#decode(byte[], String)}).
     *
     * @param source the file or stream the record is in
     * @param offset the record's byte offset, -1 when unknown
     * @param url the address that was fetched, absolute; illegal characters in the archive's
     *     {@code WARC-Target-URI} are percent-encoded
     * @param fetched when it was fetched ({@code WARC-Date})
     * @param html the page, decoded, with its HTTP {@code Content-Encoding} (gzip, deflate) undone
     */
    record Page(String source, long offset, URI url, Instant fetched, String html) implements WarcEntry {
        /** Checks the components. */
        public Page {
            Objects.requireNonNull(source, "source must not be null");
            Objects.requireNonNull(url, "url must not be null");
            Objects.requireNonNull(fetched, "fetched must not be null");
            Objects.requireNonNull(html, "html must not be null");
        }

        /**
         * The page's address.
         *
         * @return {@link #url()} as text
         */
        @Override
        public Optional<String> target() {
            return Optional.of(url.toString());
        }

        /**
         * When the page was fetched.
         *
         * @return {@link #fetched()}
         */
        @Override
        public Optional<Instant> date() {
            return Optional.of(fetched);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A record that holds no page, and why. Skipping is not an error: most records of a crawl are requests,
     * metadata and responses of other types.
     *
     * @param source the file or stream the record is in
     * @param offset the record's byte offset, -1 when unknown
     * @param type the record's {@code WARC-Type}, such as {@code request} or {@code response}
     * @param target the record's {@code WARC-Target-URI}, if any
     * @param date the record's {@code WARC-Date}, if readable
     * @param reason why it holds no page
     * @param detail what was found, for people: the content type, the status line; may be empty
     */
    record Skipped(String source, long offset, String type, Optional<String> target, Optional<Instant> date,
            Reason reason, String detail) implements WarcEntry {
        /** Checks the components. */
        public Skipped {
            Objects.requireNonNull(source, "source must not be null");
            Objects.requireNonNull(type, "type must not be null");
            Objects.requireNonNull(target, "target must not be null");
            Objects.requireNonNull(date, "date must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
            Objects.requireNonNull(detail, "detail must not be null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        /** Why a record holds no page. */
        public enum Reason {
            /** Not a {@code response} record: a request, metadata, warcinfo, revisit, resource or other record. */
            NOT_RESPONSE,
            /** A response to something other than HTTP, such as a DNS lookup. */
            NOT_HTTP,
            /** An HTTP 3xx response (a redirect, or 304 Not Modified): the page, if any, is at another address. */
            REDIRECT,
            /** An HTTP response whose payload is not HTML: an image, a PDF, a script, a feed. */
            NOT_HTML
        }
    }

    /**
     * A record that should hold a page but does not give one Lede can import, or a file that cannot be read on
     * from this record; {@link #error()} says which ({@link WarcException#code()}).
     *
     * @param source the file or stream the record is in
     * @param offset the record's byte offset, -1 when unknown
     * @param target the record's {@code WARC-Target-URI}, if any
     * @param date the record's {@code WARC-Date}, if readable
     * @param error what went wrong, with the same source and offset
     */
    record Failed(String source, long offset, Optional<String> target, Optional<Instant> date, WarcException error)
            implements WarcEntry {
        /** Checks the components. */
        public Failed {
            Objects.requireNonNull(source, "source must not be null");
            Objects.requireNonNull(target, "target must not be null");
            Objects.requireNonNull(date, "date must not be null");
            Objects.requireNonNull(error, "error must not be null");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
