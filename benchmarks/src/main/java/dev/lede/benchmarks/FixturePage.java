package dev.lede.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One news page of Postlight Parser's fixtures with the metadata written down for it by hand: title, authors
 * and publication date. Immutable and thread-safe.
 *
 * @param name the page's name (its site); not null
 * @param source the page's HTML; not null
 * @param url the page's address; not null
 * @param expectedTitle the expected title, empty when none; not null
 * @param expectedAuthors the expected authors in page order, empty when none; not null
 * @param expectedPublished the expected publication time, empty when none
 */
public record FixturePage(String name, String source, URI url, String expectedTitle, List<String> expectedAuthors,
        Optional<OffsetDateTime> expectedPublished) {

    /** The corpus folder below the shared corpora. */
    public static final String FOLDER = "postlight-fixtures";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Copies the author list. */
    public FixturePage {
        expectedAuthors = List.copyOf(expectedAuthors);
    }

    /**
     * Loads every page that {@code expected.json} describes and {@code pages/NAME.html.gz} holds, in name order.
     *
     * @param folder the corpus folder; not null
     * @return the pages; never null
     * @throws UncheckedIOException when a file cannot be read
     */
    public static List<FixturePage> loadAll(Path folder) {
        List<FixturePage> pages = new ArrayList<>();
        try {
            JsonNode expected = JSON.readTree(Files.readString(folder.resolve("expected.json")));
            for (Map.Entry<String, JsonNode> entry : expected.properties()) {
                Path file = folder.resolve("pages").resolve(entry.getKey() + ".html.gz");
                if (Files.isRegularFile(file)) {
                    pages.add(load(entry.getKey(), file, entry.getValue()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.sort((a, b) -> a.name().compareTo(b.name()));
        return pages;
    }

    private static FixturePage load(String name, Path file, JsonNode expected) throws IOException {
        String source;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> authors = new ArrayList<>();
        for (JsonNode author : expected.path("authors")) {
            if (author.isString() && !author.stringValue().isBlank()) {
                authors.add(author.stringValue());
            }
        }
        JsonNode published = expected.path("published");
        return new FixturePage(name, source, URI.create(expected.path("url").stringValue()),
                expected.path("title").isString() ? expected.path("title").stringValue() : "", authors,
                published.isString() ? Optional.of(OffsetDateTime.parse(published.stringValue())) : Optional.empty());
    }
}
