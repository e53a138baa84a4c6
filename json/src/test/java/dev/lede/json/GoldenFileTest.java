package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Canonical documents kept as files under {@code golden/}: each reads and writes back byte for byte, pretty, and
 * its compact form does too. Add a case by adding a file.
 */
class GoldenFileTest {
    /** Golden files pin the format, including edge cases the validator rejects, so validation is off. */
    private static final ArticleJson PRETTY = ArticleJson.builder().pretty(true).validate(false).build();
    private static final ArticleJson COMPACT = PRETTY.rebuild().pretty(false).build();

    static List<Path> goldenFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(GoldenFileTest.class.getResource("golden").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void readsAndWritesBackByteForByte(Path file) throws IOException {
        byte[] golden = Files.readAllBytes(file);
        Article article = PRETTY.read(golden);
        assertThat(PRETTY.write(article).getBytes(StandardCharsets.UTF_8)).isEqualTo(golden);
        String compact = COMPACT.write(article);
        assertThat(COMPACT.write(COMPACT.read(compact))).isEqualTo(compact);
        assertThat(SchemaTest.violations(compact)).isEmpty();
    }

    @Test
    void theSeedDocumentIsTheSeedArticle() throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("golden/seed.json")) {
            assertThat(ArticleJson.standard().read(in)).isEqualTo(SeedArticle.article());
        }
    }

    @Test
    void thereAreGoldenFiles() throws IOException, URISyntaxException {
        assertThat(goldenFiles()).extracting(file -> file.getFileName().toString())
                .contains("seed.json", "everything.json");
    }
}
