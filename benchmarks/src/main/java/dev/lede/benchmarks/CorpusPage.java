package dev.lede.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One page of the readability test corpus: the source page, Readability's expected content and the metadata
 * it found. Immutable and thread-safe.
 *
 * @param name the page's folder name; not null
 * @param source the page's HTML; not null
 * @param expectedHtml Readability's content for it; not null
 * @param expectedTitle the expected title, empty when none; not null
 * @param expectedByline the expected byline, empty when none; not null
 * @param readerable whether Readability judged the page an article
 */
public record CorpusPage(String name, String source, String expectedHtml, String expectedTitle,
        String expectedByline, boolean readerable) {

    /** The address every page is parsed with, as in Readability's own tests. */
    public static final URI PAGE_URL = URI.create("http://fakehost/test/page.html");

    /** The corpus folder below the shared corpora. */
    public static final String FOLDER = "readability-test-pages";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Finds the readability test pages: the folder given, or {@code ../shared/corpora/readability-test-pages}
     * from the repository root or from a module folder.
     *
     * @param given a folder named on the command line, or null
     * @return the folder, or empty when it is absent
     */
    public static Optional<Path> folder(String given) {
        return SharedCorpora.folder(FOLDER, given);
    }

    /**
     * Loads every page of the folder that has a {@code source.html}, in name order.
     *
     * @param folder the corpus folder; not null
     * @return the pages; never null
     * @throws UncheckedIOException when a file cannot be read
     */
    public static List<CorpusPage> loadAll(Path folder) {
        List<CorpusPage> pages = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path page : entries.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList()) {
                pages.add(load(page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static CorpusPage load(Path page) throws IOException {
        JsonNode metadata = JSON.readTree(Files.readString(page.resolve("expected-metadata.json")));
        return new CorpusPage(page.getFileName().toString(),
                Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8),
                Files.readString(page.resolve("expected.html"), StandardCharsets.UTF_8),
                text(metadata, "title"), text(metadata, "byline"),
                !metadata.path("readerable").isBoolean() || metadata.path("readerable").booleanValue());
    }

    private static String text(JsonNode metadata, String field) {
        JsonNode value = metadata.path(field);
        return value.isString() ? value.stringValue() : "";
    }
}
