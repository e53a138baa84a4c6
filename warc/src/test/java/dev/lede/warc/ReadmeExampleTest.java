package dev.lede.warc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.html.ArticleHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet of warc/README.md, so that the README never shows code that does not compile or work. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void readingAWarc() throws IOException {
        Path crawl = dir.resolve("crawl.warc.gz");
        try (TestWarc warc = TestWarc.create(crawl)) {
            warc.request("https://news.example/ice");
            warc.page("https://news.example/ice", "<title>Sea Ice</title><h1>Sea Ice</h1><p>At a record low.</p>");
            warc.page("https://news.example/a.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));
            warc.response("https://news.example/gone", 404, "Not Found", "text/html", new byte[0]);
        }
        ArticleHtml importer = ArticleHtml.standard();
        List<Article> imported = new ArrayList<>();
        Map<WarcEntry.Skipped.Reason, Integer> skips = new EnumMap<>(WarcEntry.Skipped.Reason.class);
        List<String> errors = new ArrayList<>();
        Path cwd = dir;

        // The README's snippet, reading the file written above.
        try (Stream<WarcEntry> entries = WarcPages.standard().read(cwd.resolve("crawl.warc.gz"))) {
            entries.forEach(entry -> entry.accept(new WarcEntry.Visitor<Void>() {
                @Override
                public Void visit(WarcEntry.Page page) {           // an HTML page, decoded, with its address and date
                    imported.add(importer.importPage(page.html(), page.url()).article());
                    return null;
                }

                @Override
                public Void visit(WarcEntry.Skipped skipped) {     // no page here: a request, a PDF, a redirect
                    skips.merge(skipped.reason(), 1, Integer::sum);
                    return null;
                }

                @Override
                public Void visit(WarcEntry.Failed failed) {       // a page that cannot be had, and why
                    errors.add(failed.error().getMessage());       // crawl.warc.gz at byte 5120: HTTP status 404 Not Found
                    return null;
                }
            }));
        }

        WarcPages small = WarcPages.builder().maxPayloadLength(1024 * 1024).build();   // bytes; default 16 MiB

        assertThat(imported).extracting(article -> article.metadata().title()).containsExactly("Sea Ice");
        assertThat(skips).containsExactly(Map.entry(WarcEntry.Skipped.Reason.NOT_RESPONSE, 1),
                Map.entry(WarcEntry.Skipped.Reason.NOT_HTML, 1));
        assertThat(errors).singleElement().asString().matches(".*crawl\\.warc\\.gz at byte \\d+: HTTP status 404 Not Found");
        assertThat(small.maxPayloadLength()).isEqualTo(1024 * 1024);
        assertThat(Files.exists(crawl)).isTrue();
    }
}
