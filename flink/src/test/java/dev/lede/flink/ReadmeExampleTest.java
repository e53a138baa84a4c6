package dev.lede.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.flink.internal.Lines;
import dev.lede.flink.internal.SourceRecord;
import dev.lede.json.ArticleJson;
import dev.lede.json.LedeJsonModule;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The reading snippet of flink/README.md, over lines as the job writes them. */
class ReadmeExampleTest {
    /** The README's record. */
    record ImportedPage(String url, Instant fetched, String source, Long offset, Article article) {}

    private final List<ImportedPage> indexed = new ArrayList<>();

    @TempDir
    Path dir;

    @Test
    void articleLinesReadBackWithARecordOfOnesOwn() throws IOException {
        Lines writer = new Lines(ImportOptions.Format.JSON);
        SourceRecord fromWarc = new SourceRecord(SourceRecord.Kind.PAGE, "file:/data/crawl-00.warc.gz", 5120,
                "https://news.example/ice", "2025-08-14T09:30:00Z", "<html>", null, null, null);
        SourceRecord fromFile = new SourceRecord(SourceRecord.Kind.PAGE, "file:/data/pages/a.html", -1, null, null,
                "<html>", null, null, null);
        Path partFile = Files.write(dir.resolve("articles-0.jsonl"), List.of(
                writer.page(fromWarc, SeedArticle.article()).get(0), writer.page(fromFile, SeedArticle.article()).get(0)));

        // The README's snippet.
        JsonMapper mapper = JsonMapper.builder().addModule(new LedeJsonModule()).build();
        try (Stream<String> lines = Files.lines(partFile)) {
            lines.map(line -> mapper.readValue(line, ImportedPage.class)).forEach(page -> index(page));
        }

        assertThat(indexed).containsExactly(
                new ImportedPage("https://news.example/ice", Instant.parse("2025-08-14T09:30:00Z"),
                        "file:/data/crawl-00.warc.gz", 5120L, SeedArticle.article()),
                new ImportedPage(null, null, "file:/data/pages/a.html", null, SeedArticle.article()));
        assertThat(Files.readAllLines(partFile).get(0)).startsWith("{\"url\":\"https://news.example/ice\","
                + "\"fetched\":\"2025-08-14T09:30:00Z\",\"source\":\"file:/data/crawl-00.warc.gz\",\"offset\":5120,"
                + "\"article\":{\"format\":\"lede/1\",");
        String line = Files.readAllLines(partFile).get(0);
        assertThat(line.substring(line.indexOf("\"article\":") + "\"article\":".length(), line.length() - 1))
                .as("the canonical JSON ArticleJson writes").isEqualTo(ArticleJson.standard().write(SeedArticle.article()));
    }

    private void index(ImportedPage page) {
        indexed.add(page);
    }
}
