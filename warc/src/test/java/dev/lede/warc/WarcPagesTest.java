package dev.lede.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.warc.WarcEntry.Failed;
import dev.lede.warc.WarcEntry.Page;
import dev.lede.warc.WarcEntry.Skipped;
import dev.lede.warc.WarcEntry.Skipped.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16: every record of a WARC is a page, a skip or a failure, named by file and offset; nothing is dropped. */
class WarcPagesTest {
    private static final String PAGE = "<!doctype html><title>Sea Ice</title><h1>Sea Ice</h1><p>Ice is at a record low.</p>";

    @TempDir
    Path dir;

    private static List<WarcEntry> entries(WarcPages pages, Path file) {
        try (Stream<WarcEntry> entries = pages.read(file)) {
            return entries.toList();
        }
    }

    private static String describe(WarcEntry entry) {
        return entry.accept(new WarcEntry.Visitor<String>() {
            @Override
            public String visit(Page page) {
                return "page " + page.url();
            }

            @Override
            public String visit(Skipped skipped) {
                return "skipped " + skipped.reason() + " " + skipped.detail();
            }

            @Override
            public String visit(Failed failed) {
                return "failed " + failed.error().code();
            }
        });
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void everyRecordIsAPageASkipOrAFailureAtItsOffset(String name) throws IOException {
        Path file = dir.resolve(name);
        String cafe = "<html><head><title>Caf\u00e9 Society</title></head><body><h1>Caf\u00e9 Society</h1>"
                + "<p>Na\u00efve r\u00e9sum\u00e9s cost \u20ac5.</p></body></html>";
        long[] offsets = new long[17];
        try (TestWarc warc = TestWarc.create(file)) {
            offsets[0] = warc.warcinfo();
            offsets[1] = warc.request("https://news.example/ice");
            offsets[2] = warc.page("https://news.example/ice", PAGE);
            offsets[3] = warc.page("https://news.example/cafe", "text/html; charset=windows-1252",
                    cafe.getBytes(Charset.forName("windows-1252")));
            offsets[4] = warc.page("https://news.example/report.pdf", "application/pdf", "%PDF-1.7".getBytes(
                    StandardCharsets.US_ASCII));
            offsets[5] = warc.response("https://news.example/old", 301, "Moved Permanently", "text/html",
                    new byte[0], "Location", "https://news.example/new");
            offsets[6] = warc.response("https://news.example/gone", 404, "Not Found", "text/html",
                    "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
            offsets[7] = warc.dns("news.example");
            offsets[8] = warc.cutByCrawler("https://news.example/long", PAGE);
            offsets[9] = warc.response("https://news.example/zipped", 200, "OK", "text/html; charset=utf-8",
                    gzip(PAGE.getBytes(StandardCharsets.UTF_8)), "Content-Encoding", "gzip");
            offsets[10] = warc.response("https://news.example/broken-zip", 200, "OK", "text/html",
                    Arrays.copyOf(gzip(PAGE.getBytes(StandardCharsets.UTF_8)), 30), "Content-Encoding", "gzip");
            offsets[11] = warc.page("not an address", PAGE);
            offsets[12] = warc.page("https://news.example/untyped", null, PAGE.getBytes(StandardCharsets.UTF_8));
            offsets[13] = warc.resource("https://news.example/resource", PAGE);
            offsets[14] = warc.page("https://news.example/big", "text/html", ("<p>" + "x".repeat(5000))
                    .getBytes(StandardCharsets.UTF_8));
            offsets[15] = warc.response("https://news.example/error", 500, "Internal Server Error", "text/html",
                    new byte[0]);
            offsets[16] = warc.page("https://news.example/last page?q=a b", PAGE);
        }

        List<WarcEntry> entries = entries(WarcPages.builder().maxPayloadLength(4096).build(), file);

        assertThat(entries).extracting(WarcPagesTest::describe).containsExactly(
                "skipped NOT_RESPONSE ",
                "skipped NOT_RESPONSE ",
                "page https://news.example/ice",
                "page https://news.example/cafe",
                "skipped NOT_HTML application/pdf",
                "skipped REDIRECT 301 Moved Permanently to https://news.example/new",
                "failed warc.http-status",
                "skipped NOT_HTTP text/dns",
                "failed warc.cut-by-crawler",
                "page https://news.example/zipped",
                "failed warc.bad-content-encoding",
                "failed warc.bad-target",
                "skipped NOT_HTML application/octet-stream",
                "skipped NOT_RESPONSE ",
                "failed warc.over-limit",
                "failed warc.http-status",
                "page https://news.example/last%20page?q=a%20b");
        assertThat(entries).extracting(WarcEntry::offset).containsExactly(Arrays.stream(offsets).boxed()
                .toArray(Long[]::new));
        assertThat(entries).allSatisfy(entry -> assertThat(entry.source()).isEqualTo(file.toString()));

        Page ice = (Page) entries.get(2);
        assertThat(ice.html()).isEqualTo(PAGE);
        assertThat(ice.fetched()).isEqualTo(TestWarc.FETCHED);
        assertThat(ice.url()).isEqualTo(URI.create("https://news.example/ice"));
        assertThat(((Page) entries.get(3)).html()).as("the HTTP charset, where the page declares none")
                .isEqualTo(cafe);
        assertThat(((Page) entries.get(9)).html()).as("gzip Content-Encoding undone").isEqualTo(PAGE);
        assertThat(((Skipped) entries.get(0)).type()).isEqualTo("warcinfo");
        assertThat(((Skipped) entries.get(1)).type()).isEqualTo("request");
        assertThat(((Skipped) entries.get(13)).type()).isEqualTo("resource");

        Failed gone = (Failed) entries.get(6);
        assertThat(gone.target()).contains("https://news.example/gone");
        assertThat(gone.date()).contains(TestWarc.FETCHED);
        assertThat(gone.error()).hasMessage(file + " at byte " + offsets[6] + ": HTTP status 404 Not Found");
        assertThat(gone.error().offset()).isEqualTo(offsets[6]);
        assertThat(gone.error().source()).isEqualTo(file.toString());
        assertThat(((Failed) entries.get(8)).error().problem())
                .isEqualTo("the crawler kept only part of the page (WARC-Truncated: length)");
        assertThat(((Failed) entries.get(11)).error().problem())
                .isEqualTo("WARC-Target-URI \"not an address\" is not an absolute address");
        assertThat(((Failed) entries.get(14)).error().problem())
                .isEqualTo("the page is longer than the limit of 4096 bytes");
    }

    @Test
    void theIdentifiedPayloadTypeStandsInForAMissingContentType() throws IOException {
        Path file = dir.resolve("identified.warc");
        try (TestWarc warc = TestWarc.create(file)) {
            warc.write(TestWarc.responseRecord("https://news.example/untyped", 200, "OK", null,
                    PAGE.getBytes(StandardCharsets.UTF_8)).identifiedPayloadType("text/html").build());
        }

        assertThat(entries(WarcPages.standard(), file)).extracting(WarcPagesTest::describe)
                .containsExactly("page https://news.example/untyped");
    }

    @Test
    void aPageDeclaringItsCharsetInAMetaIsDecodedByIt() throws IOException {
        Path file = dir.resolve("meta.warc");
        String page = "<meta charset=windows-1252><title>Caf\u00e9</title><p>R\u00e9sum\u00e9</p>";
        try (TestWarc warc = TestWarc.create(file)) {
            warc.page("https://news.example/meta", "text/html", page.getBytes(Charset.forName("windows-1252")));
        }

        assertThat(((Page) entries(WarcPages.standard(), file).get(0)).html()).isEqualTo(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cut.warc", "cut.warc.gz"})
    void aFileEndingInsideARecordFailsThereAndEnds(String name) throws IOException {
        Path file = dir.resolve(name);
        long second;
        try (TestWarc warc = TestWarc.create(file)) {
            warc.page("https://news.example/one", PAGE);
            second = warc.page("https://news.example/two", PAGE + "<p>" + "more ".repeat(400) + "</p>");
        }
        long size = Files.size(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) (second + (size - second) / 2)));

        List<WarcEntry> entries = entries(WarcPages.standard(), file);

        assertThat(entries).extracting(WarcPagesTest::describe)
                .containsExactly("page https://news.example/one", "failed warc.truncated");
        Failed cut = (Failed) entries.get(1);
        assertThat(cut.offset()).isEqualTo(second);
        assertThat(cut.error().problem()).startsWith("the file ends inside this record")
                .endsWith("; nothing after it can be read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cut-skip.warc", "cut-skip.warc.gz"})
    void aSkippedRecordThatTheFileEndsInsideIsAFailureNotASkip(String name) throws IOException {
        Path file = dir.resolve(name);
        long pdf;
        try (TestWarc warc = TestWarc.create(file)) {
            warc.page("https://news.example/one", PAGE);
            byte[] noise = new byte[20_000];
            new java.util.Random(16).nextBytes(noise); // incompressible, so that the gzip member is as long
            pdf = warc.page("https://news.example/big.pdf", "application/pdf", noise);
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1000));

        assertThat(entries(WarcPages.standard(), file)).extracting(WarcPagesTest::describe, WarcEntry::offset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("page https://news.example/one", 0L),
                        org.assertj.core.groups.Tuple.tuple("failed warc.truncated", pdf));
    }

    @Test
    void bytesThatAreNotAWarcAreOneMalformedFailure() throws IOException {
        Path file = dir.resolve("page.warc");
        Files.writeString(file, "<!doctype html><p>not an archive</p>\r\n\r\n");

        List<WarcEntry> entries = entries(WarcPages.standard(), file);

        assertThat(entries).extracting(WarcPagesTest::describe).containsExactly("failed warc.malformed");
        assertThat(entries.get(0).offset()).isZero();
    }

    @Test
    void anEmptyFileHasNoEntries() throws IOException {
        Path file = Files.write(dir.resolve("empty.warc"), new byte[0]);

        assertThat(entries(WarcPages.standard(), file)).isEmpty();
    }

    @Test
    void aStreamIsReadAsAFileIsAndClosedWithTheEntries() throws IOException {
        Path file = dir.resolve("stream.warc.gz");
        try (TestWarc warc = TestWarc.create(file)) {
            warc.request("https://news.example/ice");
            warc.page("https://news.example/ice", PAGE);
        }
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(Files.readAllBytes(file)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        List<WarcEntry> entries;
        try (Stream<WarcEntry> stream = WarcPages.standard().read(in, "stream")) {
            entries = stream.toList();
        }

        assertThat(entries).isEqualTo(entries(WarcPages.standard(), file).stream()
                .map(entry -> entry instanceof Page ? new Page("stream", entry.offset(), ((Page) entry).url(),
                        ((Page) entry).fetched(), ((Page) entry).html())
                        : new Skipped("stream", entry.offset(), "request", entry.target(), entry.date(),
                                Reason.NOT_RESPONSE, ""))
                .toList());
        assertThat(closed[0]).isTrue();
    }

    @Test
    void aFileThatCannotBeOpenedIsAnUncheckedIoExceptionNamingIt() {
        Path missing = dir.resolve("missing.warc");

        assertThatThrownBy(() -> WarcPages.standard().read(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(missing.toString());
    }

    @Test
    void warcFileNamesEndInWarcOrWarcGz() {
        assertThat(WarcPages.isWarcFileName("CC-MAIN-2025.warc.gz")).isTrue();
        assertThat(WarcPages.isWarcFileName("/data/crawl.WARC")).isTrue();
        assertThat(WarcPages.isWarcFileName("crawl.warc.gz.tmp")).isFalse();
        assertThat(WarcPages.isWarcFileName("crawl.wat.gz")).isFalse();
    }

    @Test
    void theLimitIsCheckedWhenSet() {
        assertThatThrownBy(() -> WarcPages.builder().maxPayloadLength(0)).isInstanceOf(
                IllegalArgumentException.class).hasMessage("maxPayloadLength must be from 1 to 1073741824, was 0");
        assertThat(WarcPages.builder().maxPayloadLength(WarcPages.MAX_PAYLOAD_LENGTH).build().rebuild().build()
                .maxPayloadLength()).isEqualTo(WarcPages.MAX_PAYLOAD_LENGTH);
        assertThat(WarcPages.standard().maxPayloadLength()).isEqualTo(16 * 1024 * 1024);
    }

    @Test
    void entriesRefuseNulls() {
        assertThatThrownBy(() -> new Page("s", 0, null, TestWarc.FETCHED, "")).isInstanceOf(
                NullPointerException.class).hasMessage("url must not be null");
        assertThatThrownBy(() -> new Skipped("s", 0, "request", Optional.empty(), Optional.empty(), null, ""))
                .hasMessage("reason must not be null");
    }
}
