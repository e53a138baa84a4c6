package dev.lede.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web pages of the shared corpora at {@code ../shared/corpora} from the repository root (tests run in the
 * module folder, one level below it), each with the address it is imported at. A test that needs a corpus is
 * skipped, saying so, when its folder is absent.
 */
final class Corpora {
    /** The address Readability's own tests give every page of its corpus. */
    static final URI FAKEHOST = URI.create("http://fakehost/test/page.html");

    private Corpora() {}

    /** One page of a corpus. */
    record Page(String name, String html, URI url) {}

    /** The pages of a corpus by folder name, in file-name order. */
    static List<Page> pages(String corpus) throws IOException {
        Path folder = folder(corpus);
        switch (corpus) {
            case "readability-test-pages":
                return readabilityPages(folder);
            case "postlight-fixtures":
                return postlightPages(folder);
            case "jsoup-fuzztests":
                return jsoupInputs(folder);
            default:
                throw new IllegalArgumentException("no such corpus: " + corpus);
        }
    }

    private static Path folder(String name) {
        Path root = Files.exists(Path.of("mvnw")) ? Path.of(".") : Path.of("..");
        Path folder = root.resolve(Path.of("..", "shared", "corpora", name)).normalize();
        assumeTrue(Files.isDirectory(folder), "skipped: the corpus folder " + folder.toAbsolutePath()
                + " is absent (CI has it at ../shared/corpora)");
        return folder;
    }

    private static List<Page> readabilityPages(Path folder) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Path page : list(folder)) {
            Path source = page.resolve("source.html");
            if (Files.isRegularFile(source)) {
                pages.add(new Page(page.getFileName().toString(), Files.readString(source), FAKEHOST));
            }
        }
        return pages;
    }

    /** Postlight's pages, gzipped, each imported at the address its expectations give. */
    private static List<Page> postlightPages(Path folder) throws IOException {
        JsonNode expected = JsonMapper.builder().build().readTree(folder.resolve("expected.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : expected.properties()) {
            Path page = folder.resolve("pages").resolve(entry.getKey() + ".html.gz");
            pages.add(new Page(entry.getKey(), gunzip(page), URI.create(entry.getValue().get("url").asString())));
        }
        return pages;
    }

    /** jsoup's inputs that once hung or crashed its parser: gzipped pages and a few plain ones. */
    private static List<Page> jsoupInputs(Path folder) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (Path file : list(folder)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html.gz")) {
                pages.add(new Page(name, gunzip(file), FAKEHOST));
            } else if (name.endsWith(".html")) {
                pages.add(new Page(name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8), FAKEHOST));
            }
        }
        return pages;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
