package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Foreign markup read into articles: each folder under {@code golden/} holds {@code input.html} and the
 * expected article as {@code expected.outline} (see {@link ArticleOutline}). An optional {@code base.txt}
 * holds the base URI. Add a case by adding a folder.
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "dev", "lede", "html", "golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            List<String> names = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(40);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(String name) throws IOException, URISyntaxException {
        Path folder = GOLDEN.resolve(name);
        String input = Files.readString(folder.resolve("input.html"), StandardCharsets.UTF_8);
        Article expected = ArticleOutline.parse(
                Files.readString(folder.resolve("expected.outline"), StandardCharsets.UTF_8));
        Path base = folder.resolve("base.txt");
        Article actual = Files.exists(base)
                ? ArticleHtml.standard().read(input, new URI(Files.readString(base).strip()))
                : ArticleHtml.standard().read(input);
        assertThat(actual).isEqualTo(expected);
    }
}
