package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.validation.ArticleValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports every page of the shared corpora (skipped, saying so, when {@code ../shared/corpora} is absent):
 * the 130 real pages of Readability's test suite and jsoup's hang and crash inputs. Nothing but the library's
 * exception may escape, and the real pages must all import.
 */
class ImportCorpusTest {
    private static final URI FAKEHOST = URI.create("http://fakehost/test/page.html");

    @Test
    void everyReadabilityTestPageImportsToAnArticleThatRoundTrips() throws IOException {
        Path corpus = Corpora.folder("readability-test-pages");
        List<Path> pages;
        try (Stream<Path> folders = Files.list(corpus)) {
            pages = folders.map(folder -> folder.resolve("source.html")).filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(120);
        List<String> untitled = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (Path page : pages) {
            PageImport imported = ArticleHtml.standard().importPage(Files.readString(page), FAKEHOST);
            Article article = imported.article();
            assertThat(ArticleHtml.standard().read(ArticleHtml.standard().render(article)))
                    .as(page.toString()).isEqualTo(article);
            if (article.metadata().title().isBlank()) {
                untitled.add(page.getParent().getFileName().toString());
            }
            if (!ArticleValidator.standard().validate(article).isValid()) {
                invalid.add(page.getParent().getFileName().toString());
            }
        }
        assertThat(untitled).as("pages imported without a title").hasSizeLessThanOrEqualTo(pages.size() / 20);
        // What is left: pages without any title, and list items holding only an image (galleries).
        assertThat(invalid).as("pages imported to invalid articles").hasSizeLessThanOrEqualTo(pages.size() / 20);
    }

    @Test
    void jsoupCrashInputsGiveAnArticleOrTheLibrarysException() throws IOException {
        Map<Path, String> inputs = Corpora.jsoupFuzzInputs();
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(40);
        inputs.forEach((file, input) -> {
            try {
                assertThat(ArticleHtml.standard().importPage(input, FAKEHOST).article()).isNotNull();
            } catch (ArticleHtmlException e) {
                assertThat(e).as(file.toString()).hasMessageContaining("limit");
            }
        });
    }
}
