package dev.lede.flink.internal;

/**
 * One record of the input as it travels from the source to the importer: a page to import, a record skipped, or
 * a record that failed, with where it came from. Only strings, a long and an enum, so that Flink serializes it
 * with its own POJO serializer (records are POJOs to Flink 2), never Kryo. Immutable.
 *
 * @param kind what the record is
 * @param source the file it is in
 * @param offset its byte offset in a WARC file; -1 for an HTML file
 * @param url the page's address; null when unknown (an HTML file, or a WARC record without one)
 * @param fetched when it was fetched, ISO 8601; null when unknown
 * @param html the page; null unless a page
 * @param code for a skip, its reason ({@code not-html}); for a failure, the error code if it has one; else null
 * @param reason for people: what was skipped or what failed; null for a page
 * @param exception the failure's exception class; null unless a failure
 */
public record SourceRecord(Kind kind, String source, long offset, String url, String fetched, String html,
        String code, String reason, String exception) {
    /** What a source record is. */
    public enum Kind {
        /** A page to import. */
        PAGE,
        /** A record that holds no page. */
        SKIPPED,
        /** A record that should hold a page and does not give one. */
        FAILED
    }

    static SourceRecord page(String source, long offset, String url, String fetched, String html) {
        return new SourceRecord(Kind.PAGE, source, offset, url, fetched, html, null, null, null);
    }

    static SourceRecord skipped(String source, long offset, String url, String fetched, String code, String reason) {
        return new SourceRecord(Kind.SKIPPED, source, offset, url, fetched, null, code, reason, null);
    }

    static SourceRecord failed(String source, long offset, String url, String fetched, String code, String reason,
            String exception) {
        return new SourceRecord(Kind.FAILED, source, offset, url, fetched, null, code, reason, exception);
    }
}
