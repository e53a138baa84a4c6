package dev.lede.html.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.html.PageImport;
import dev.lede.html.PageImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pages: each folder under {@code src/test/resources/dev/lede/html/page/} holds a realistic web page,
 * {@code page.html}, whose first line is a comment naming its address ({@code <!-- page-url: ... -->}), and
 * {@code expected.txt}, the imported article and its dropped regions in the outline format of
 * {@link Outline}, and optionally {@code provenance.txt}, where each metadata field came from
 * ({@link Outline#provenance}). Add a case by adding a folder.
 */
class GoldenPageTest {
    private static final Pattern PAGE_URL = Pattern.compile("<!--\\s*page-url:\\s*(\\S+)\\s*-->");

    static Stream<String> cases() throws IOException, URISyntaxException {
        URL root = GoldenPageTest.class.getResource("/dev/lede/html/page");
        try (Stream<Path> folders = Files.list(Path.of(root.toURI()))) {
            List<String> names = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsTheExpectedArticleAndDropsTheExpectedRegions(String name) throws Exception {
        Path folder = Path.of(GoldenPageTest.class.getResource("/dev/lede/html/page/" + name).toURI());
        String html = Files.readString(folder.resolve("page.html"));
        Matcher url = PAGE_URL.matcher(html);
        assertThat(url.find()).as("page.html names its address in a page-url comment").isTrue();

        PageImport result = PageImporter.standard().importPage(html, URI.create(url.group(1)));

        assertThat(Outline.of(result)).isEqualTo(read(folder.resolve("expected.txt")));
        Path provenance = folder.resolve("provenance.txt");
        if (Files.exists(provenance)) {
            assertThat(Outline.provenance(result)).isEqualTo(read(provenance));
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
