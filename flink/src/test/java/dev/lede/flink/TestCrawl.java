package dev.lede.flink;

import dev.lede.html.ArticleHtml;
import dev.lede.testing.ArticleGenerator;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The input of the job's tests, written with jwarc's own writer: {@code crawl-0.warc.gz} holding the seed page,
 * a page in windows-1252, a PDF, a redirect, a 404, a page the crawler cut short and a page with no article;
 * {@code crawl-1} to {@code crawl-3.warc.gz} holding the 130 pages of Readability's test suite when
 * {@code ../shared} is there (30 generated pages otherwise); each page after its request record; {@code cut.warc}, a file that ends inside its second record; and a folder
 * of two HTML files beside a README that is not read.
 */
final class TestCrawl {
    /** The key of an HTML file among the pages: this, then its path in the input folder. */
    static final String FILE = "file:";
    /** How many pages are generated when the Readability corpus is absent. */
    static final int GENERATED = 30;
    /** How many WARC files hold the corpus. */
    static final int CORPUS_FILES = 3;
    static final Instant FETCHED = Instant.parse("2025-08-14T09:30:00Z");
    static final String SEED_URL = "https://www.themagpost.com/post/us-russia-alaska-summit-prospects-and-pitfalls";
    static final String CAFE_URL = "https://news.example/cafe";
    static final String PDF_URL = "https://news.example/report.pdf";
    static final String REDIRECT_URL = "https://news.example/old";
    static final String GONE_URL = "https://news.example/gone";
    static final String CUT_URL = "https://news.example/long-read";
    static final String EMPTY_URL = "https://news.example/empty";
    static final String CUT_FILE_PAGE_URL = "https://news.example/cut-file/one";
    static final String CAFE = "<!doctype html><html lang=fr><head><title>Caf\u00e9 Society \u2013 Le Journal</title>"
            + "</head><body><article><h1>Caf\u00e9 Society</h1><p>Les caf\u00e9s de la rue, na\u00effs et"
            + " \u00e9l\u00e9gants, co\u00fbtent d\u00e9sormais 5\u20ac le cr\u00e8me.</p><p>Le patron"
            + " r\u00e9sume: \u00ab\u00a0\u00c7a ne peut plus durer.\u00a0\u00bb</p></article></body></html>";

    /** The input folder. */
    final Path input;
    /** Every page the job should import, by its address ({@link #FILE} and its path for an HTML file): its HTML. */
    final Map<String, String> pages = new LinkedHashMap<>();
    /** How many records the input holds: WARC records and HTML files. */
    int records;
    /** Whether the Readability pages are in; else the generated set. */
    final boolean readabilityCorpus;
    /** Where the cut-short record of {@code cut.warc} starts. */
    long cutOffset;

    TestCrawl(Path input, boolean readabilityCorpus) {
        this.input = input;
        this.readabilityCorpus = readabilityCorpus;
    }

    static TestCrawl write(Path input) throws IOException {
        Path folder = corpusFolder();
        TestCrawl crawl = new TestCrawl(input, Files.isDirectory(folder));
        Files.createDirectories(input.resolve("pages"));
        try (Writer warc = new Writer(input.resolve("crawl-0.warc.gz"))) {
            crawl.records++;
            warc.write(new Warcinfo.Builder().date(FETCHED).fields(Map.of("software", List.of("lede-test")))
                    .build());
            crawl.page(warc, SEED_URL, Files.readString(repositoryRoot().resolve("examples/data/seed-page.html")));
            crawl.request(warc, CAFE_URL);
            crawl.records++;
            warc.write(response(CAFE_URL, 200, "OK", "text/html; charset=windows-1252",
                    CAFE.getBytes(Charset.forName("windows-1252"))).build());
            crawl.pages.put(CAFE_URL, CAFE);
            crawl.request(warc, PDF_URL);
            crawl.records++;
            warc.write(response(PDF_URL, 200, "OK", "application/pdf", "%PDF-1.7\n%\u00e2\u00e3".getBytes(
                    StandardCharsets.ISO_8859_1)).build());
            crawl.records++;
            warc.write(response(REDIRECT_URL, 301, "Moved Permanently", "text/html", new byte[0], "Location",
                    SEED_URL).build());
            crawl.request(warc, GONE_URL);
            crawl.records++;
            warc.write(response(GONE_URL, 404, "Not Found", "text/html; charset=utf-8",
                    "<title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8)).build());
            crawl.records++;
            warc.write(response(CUT_URL, 200, "OK", "text/html", "<title>A long read</title><p>It began".getBytes(
                    StandardCharsets.UTF_8)).truncated(WarcTruncationReason.LENGTH).build());
            crawl.records++;
            warc.write(response(EMPTY_URL, 200, "OK", "text/html", "<html><body></body></html>".getBytes(
                    StandardCharsets.UTF_8)).build());
        }
        // The corpus in three more files, as a crawl comes in many: each file is read whole by one task.
        List<Map.Entry<String, String>> corpus = List.copyOf(corpus(folder, "").entrySet());
        for (int file = 1; file <= CORPUS_FILES; file++) {
            try (Writer warc = new Writer(input.resolve("crawl-" + file + ".warc.gz"))) {
                for (int i = file - 1; i < corpus.size(); i += CORPUS_FILES) {
                    crawl.page(warc, corpus.get(i).getKey(), corpus.get(i).getValue());
                }
            }
        }
        Path cut = input.resolve("cut.warc");
        try (Writer warc = new Writer(cut)) {
            crawl.page(warc, CUT_FILE_PAGE_URL, "<title>One</title><h1>One</h1><p>The first page of the file.</p>");
            crawl.cutOffset = warc.position();
            warc.write(response("https://news.example/cut-file/two", 200, "OK", "text/html",
                    ("<title>Two</title><p>" + "words ".repeat(2000)).getBytes(StandardCharsets.UTF_8)).build());
        }
        byte[] bytes = Files.readAllBytes(cut);
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 5000));
        crawl.records++; // the cut record, reported as an error, after which nothing can be read

        crawl.htmlFile("pages/a.html", "<title>Tide Tables</title><h1>Tide Tables</h1><p>High water at noon.</p>");
        crawl.htmlFile("pages/b.htm", "<title>Storm Warning</title><h1>Storm Warning</h1><p>Gales by dusk.</p>");
        Files.writeString(input.resolve("pages/README.md"), "# Not a page\n");
        return crawl;
    }

    /**
     * The Readability pages, each at an address of its own under {@code prefix}, or a generated set when the
     * corpus folder is absent.
     */
    static Map<String, String> corpus(Path folder, String prefix) throws IOException {
        Map<String, String> corpus = new LinkedHashMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> dirs = Files.list(folder)) {
                for (Path dir : dirs.sorted().toList()) {
                    Path source = dir.resolve("source.html");
                    if (Files.isRegularFile(source)) {
                        corpus.put("http://fakehost/" + prefix + dir.getFileName() + "/page.html",
                                Files.readString(source));
                    }
                }
            }
        } else {
            ArticleGenerator generator = ArticleGenerator.forHtml(16);
            for (int i = 0; i < GENERATED; i++) {
                corpus.put("https://news.example/generated/" + prefix + i, ArticleHtml.standard()
                        .renderDocument(generator.next()));
            }
        }
        return corpus;
    }

    /** The Readability corpus folder, at {@code ../shared} beside the repository. */
    static Path corpusFolder() {
        return repositoryRoot().resolve("../shared/corpora/readability-test-pages").normalize();
    }

    void page(Writer warc, String url, String html) throws IOException {
        request(warc, url);
        records++;
        warc.write(response(url, 200, "OK", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8))
                .build());
        pages.put(url, html);
    }

    private void request(Writer warc, String url) throws IOException {
        records++;
        warc.write(new WarcRequest.Builder(url).date(FETCHED).body(new HttpRequest.Builder("GET", url).build())
                .build());
    }

    private void htmlFile(String name, String html) throws IOException {
        Files.writeString(input.resolve(name), html);
        records++;
        pages.put(FILE + name, html);
    }

    static boolean isFile(String key) {
        return key.startsWith(FILE);
    }

    private static WarcResponse.Builder response(String url, int status, String reason, String contentType,
            byte[] body, String... headers) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, reason);
        for (int i = 0; i < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        http.body(MediaType.parse(contentType), body);
        return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http.build());
    }

    /** The repository's root: tests run in the module's folder, one level below it. */
    static Path repositoryRoot() {
        return Files.exists(Path.of("mvnw")) ? Path.of(".") : Path.of("..");
    }

    /** jwarc's writer, gzipping record by record for a {@code .gz} file. */
    static final class Writer implements AutoCloseable {
        private final WarcWriter writer;

        Writer(Path file) throws IOException {
            writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING), file.toString().endsWith(".gz") ? WarcCompression.GZIP
                    : WarcCompression.NONE);
        }

        void write(WarcRecord record) throws IOException {
            writer.write(record);
        }

        long position() {
            return writer.position();
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
