/**
 * The HTML pages of web archives: {@code WarcPages} reads {@code .warc} and {@code .warc.gz} files on jwarc into
 * pages, skips and failures, record by record (no jwarc type in the API).
 */
@SuppressWarnings("requires-automatic") // jwarc 0.32.0 has no module descriptor: its module is named "jwarc" from the jar.
module dev.lede.warc {
    requires transitive dev.lede;
    requires dev.lede.html;
    requires jwarc;

    exports dev.lede.warc;
}
