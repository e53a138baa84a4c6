package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Issue 16: {@code lede batch} reads web archives through lede-warc, as the Flink job does: one output per
 * HTML page, named by its record's offset, the same article {@code lede import --url} writes for the page; the
 * records that hold no page counted and summed up on one line, the ones that fail listed one a line.
 */
class BatchWarcTest {
    private static final Path SEED_PAGE = Path.of("../examples/data/seed-page.html");
    private static final String SEED_URL = "https://www.themagpost.com/post/us-russia-alaska-summit";
    private static final String CAFE = "<title>Caf\u00e9 Society</title><h1>Caf\u00e9 Society</h1>"
            + "<p>Les caf\u00e9s co\u00fbtent d\u00e9sormais 5\u20ac.</p>";

    @TempDir
    Path dir;

    private static long write(WarcWriter warc, WarcRecord record) throws IOException {
        long offset = warc.position();
        warc.write(record);
        return offset;
    }

    private static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        return new WarcResponse.Builder(url).date(Instant.parse("2025-08-14T09:30:00Z"))
                .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                        .body(MediaType.parse(contentType), body).build()).build();
    }

    private static WarcWriter warc(Path file) throws IOException {
        return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    @Test
    void eachPageOfAnArchiveIsImportedAtItsAddressAsImportWouldImportIt() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path crawl = in.resolve("crawl.warc.gz");
        long seed;
        long cafe;
        long gone;
        try (WarcWriter warc = warc(crawl)) {
            write(warc, new WarcRequest.Builder(SEED_URL).body(new HttpRequest.Builder("GET", SEED_URL).build())
                    .build());
            seed = write(warc, response(SEED_URL, 200, "text/html; charset=utf-8", Files.readAllBytes(SEED_PAGE)));
            cafe = write(warc, response("https://news.example/cafe", 200, "text/html; charset=windows-1252",
                    CAFE.getBytes(Charset.forName("windows-1252"))));
            write(warc, response("https://news.example/a.pdf", 200, "application/pdf",
                    "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
            gone = write(warc, response("https://news.example/gone", 404, "text/html", new byte[0]));
        }
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("batch", in.toString(), out.toString(), "--to", "json", "--jobs", "2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("2 converted, 1 failed, 2 skipped\n");
        assertThat(run.err()).contains("lede: " + crawl + "@" + gone + ": https://news.example/gone: HTTP status 404"
                + " Not Found\n", "lede: " + crawl + ": skipped 2 records that hold no page: 1 not-html,"
                + " 1 not-response\n");
        try (Stream<Path> written = Files.list(out.resolve("crawl"))) {
            assertThat(written.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(seed + ".json", cafe + ".json");
        }
        Path seedFile = Files.copy(SEED_PAGE, dir.resolve("seed.html"));
        CliRun imported = CliRun.of("import", seedFile.toString(), "--url", SEED_URL);
        assertThat(Files.readString(out.resolve("crawl/" + seed + ".json"))).isEqualTo(imported.out());
        assertThat(Files.readString(out.resolve("crawl/" + cafe + ".json")))
                .as("the HTTP charset honoured").contains("\"title\": \"Caf\u00e9 Society\"");

        CliRun again = CliRun.of("batch", in.toString(), out.toString(), "--to", "json");
        assertThat(again.out()).isEqualTo("0 converted, 1 failed, 4 skipped\n");
        assertThat(again.err()).contains("lede: " + crawl + "@" + seed + ": skipped: " + out.resolve("crawl/" + seed
                + ".json") + " exists (use --force to overwrite)\n");
    }

    @Test
    void anArchiveCutShortFailsWhereItIsCut() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path cut = in.resolve("cut.warc");
        long second;
        try (WarcWriter warc = warc(cut)) {
            write(warc, response("https://news.example/one", 200, "text/html", "<title>One</title><p>One.</p>"
                    .getBytes(StandardCharsets.UTF_8)));
            second = write(warc, response("https://news.example/two", 200, "text/html", ("<title>Two</title><p>"
                    + "words ".repeat(1000)).getBytes(StandardCharsets.UTF_8)));
        }
        byte[] bytes = Files.readAllBytes(cut);
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 2000));

        CliRun run = CliRun.of("batch", in.toString(), dir.resolve("out").toString(), "--to", "md");

        assertThat(run.out()).isEqualTo("1 converted, 1 failed, 0 skipped\n");
        assertThat(run.err()).contains("lede: " + cut + "@" + second + ": the file ends inside this record");
        assertThat(dir.resolve("out/cut/0.md")).exists();
    }

    @Test
    void twoArchivesThatWouldShareAFolderAreBothRefused() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (String name : new String[] {"crawl.warc", "crawl.warc.gz"}) {
            try (WarcWriter warc = warc(in.resolve(name))) {
                write(warc, response("https://news.example/one", 200, "text/html", "<title>One</title><p>One.</p>"
                        .getBytes(StandardCharsets.UTF_8)));
            }
        }
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("batch", in.toString(), out.toString(), "--to", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("0 converted, 2 failed, 0 skipped\n");
        assertThat(run.err()).contains("lede: " + in.resolve("crawl.warc") + ": its output " + out.resolve("crawl")
                + " is also the output of " + in.resolve("crawl.warc.gz") + "; neither is converted\n");
    }
}
