package dev.lede.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.html.ArticleHtml;
import dev.lede.testing.ModelStrings;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendered pages opened in a real browser: nothing runs, navigates or opens a dialog, the live DOM holds no
 * script, handler or unsafe URL, and the console holds no error of the page. Each vector goes into every text
 * and URL field of the seed article, rendered as a fragment (fifty articles a file) and, for our own vectors, as
 * a whole page each; the corpus vectors (payloadbox and H5SC, when ../shared/corpora/xss is there) fill whole
 * pages a field a vector, as a page each would cost minutes. Skipped, saying so, without Chromium.
 */
class BrowserSafetyTest {
    /** Fragments per file: a file of many articles costs one page load. */
    private static final int ARTICLES_PER_FRAGMENT_FILE = 50;
    private static final ArticleHtml HTML = ArticleHtml.standard();

    private static Chromium chromium;

    @TempDir
    static Path pages;

    @BeforeAll
    static void startTheBrowser() {
        chromium = Chromium.startOrSkip();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void ownVectorsRunNothing() throws IOException {
        List<String> vectors = Vectors.own();
        visitFragments(vectors, "own");
        for (int i = 0; i < vectors.size(); i++) {
            String vector = vectors.get(i);
            Article article = ModelStrings.rewrite(SeedArticle.article(), text -> vector, url -> vector);
            expectQuiet(write("own-page-" + i + ".html", HTML.renderDocument(article)), vector);
        }
    }

    @Test
    void corpusVectorsRunNothing() throws IOException {
        List<String> vectors = Vectors.corpus();
        visitFragments(vectors, "corpus");
        // A page load per vector would take minutes: each page gives every field the next vector instead.
        int[] next = {0};
        for (int page = 0; next[0] < vectors.size(); page++) {
            int first = next[0];
            Article article = ModelStrings.rewrite(SeedArticle.article(),
                    text -> vectors.get(next[0]++ % vectors.size()), url -> vectors.get(next[0]++ % vectors.size()));
            expectQuiet(write("corpus-page-" + page + ".html", HTML.renderDocument(article)),
                    "vectors " + first + " to " + (next[0] - 1));
        }
    }

    /** The recorder and the checks would see a script that ran: one that does is caught. */
    @Test
    void theRecorderCatchesWhatItGuardsAgainst() throws IOException {
        Path page = Files.writeString(pages.resolve("unsafe.html"), "<!DOCTYPE html><p>x</p>"
                + "<img src=nowhere onerror=\"alert(1)\"><script>eval('1'); setTimeout('2')</script>"
                + "<a href=\"javascript:void(0)\">y</a><iframe></iframe>");
        Chromium.Visit visit = chromium.open(page);

        assertThat(visit.quiet(page.toUri().toString())).isFalse();
        assertThat(visit.record()).contains("eval(1)", "setTimeout(2)", "alert(1)");
        assertThat(visit.scripts()).isEqualTo(1);
        assertThat(visit.handlers()).isEqualTo(1);
        assertThat(visit.unsafeUrls()).isEqualTo(1);
        assertThat(visit.embeds()).isEqualTo(1);

        Path away = Files.writeString(pages.resolve("away.html"), "<script>location.href = 'other.html'</script>");
        Files.writeString(pages.resolve("other.html"), "<p>elsewhere</p>");
        assertThat(chromium.open(away).url()).endsWith("other.html");
    }

    /** Each vector in every field of the seed article, as fragments, many articles to a file. */
    private static void visitFragments(List<String> vectors, String name) throws IOException {
        Article seed = SeedArticle.article();
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            String vector = vectors.get(i);
            fragments.add(HTML.render(ModelStrings.rewrite(seed, text -> vector, url -> vector)));
            if (fragments.size() == ARTICLES_PER_FRAGMENT_FILE || i == vectors.size() - 1) {
                expectQuiet(write(name + "-fragments-" + i + ".html", String.join("\n", fragments)),
                        "fragments of the vectors up to " + i);
                fragments.clear();
            }
        }
    }

    private static Path write(String file, String html) throws IOException {
        return Files.writeString(pages.resolve(file), html, StandardCharsets.UTF_8);
    }

    private static void expectQuiet(Path page, String what) {
        Chromium.Visit visit = chromium.open(page);
        assertThat(visit.quiet(page.toUri().toString())).as("%s in %s: %s", what, page.getFileName(), visit)
                .isTrue();
    }

    /** The seed article as a whole page at a desktop and a phone width, for the README. */
    @Test
    void theSeedPageReadsWellAtDesktopAndPhoneWidths() throws IOException {
        // The hero's picture is on the web, which this machine cannot reach: a local placeholder stands in.
        Article seed = SeedArticle.article();
        Image hero = seed.hero().orElseThrow().image();
        Figure local = new Figure(new Image("hero-placeholder.svg", hero.alt(), OptionalInt.of(1200),
                OptionalInt.of(675)), seed.hero().get().caption(), seed.hero().get().credit());
        Article article = new Article(seed.metadata(), Optional.of(local), seed.lead(), seed.sections(), seed.notes());
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(folder.resolve("hero-placeholder.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"1200\" height=\"675\"><rect width=\"100%\" height=\"100%\" fill=\"#c9d3dc\"/>"
                + "<text x=\"600\" y=\"350\" font-family=\"sans-serif\" font-size=\"40\" text-anchor=\"middle\" "
                + "fill=\"#56616b\">hero image (not fetched: offline)</text></svg>");
        Path page = Files.writeString(folder.resolve("seed.html"), HTML.renderDocument(article));

        long desktopWidth = chromium.screenshot(page, 1280, 1000, 1, false, folder.resolve("seed-desktop.png"));
        long phoneWidth = chromium.screenshot(page, 390, 844, 2, true, folder.resolve("seed-phone.png"));

        assertThat(desktopWidth).as("the desktop page scrolls sideways").isLessThanOrEqualTo(1280);
        assertThat(phoneWidth).as("the phone page scrolls sideways").isLessThanOrEqualTo(390);
        assertThat(Files.size(folder.resolve("seed-desktop.png"))).isGreaterThan(10_000);
        assertThat(Files.size(folder.resolve("seed-phone.png"))).isGreaterThan(10_000);
        assertThat(chromium.open(page).quiet(page.toUri().toString())).isTrue();
    }

    /** The vectors: the html module's own list, and the shared corpora's. */
    static final class Vectors {
        private Vectors() {}

        static List<String> own() throws IOException {
            return Files.readAllLines(root().resolve(Path.of("html", "src", "test", "resources", "dev", "lede",
                    "html", "xss-vectors.txt")), StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
        }

        /** The payloadbox list, one payload a line, and the H5SC vectors, one {@code <div id>} each. */
        static List<String> corpus() throws IOException {
            Path corpus = root().resolve(Path.of("..", "shared", "corpora", "xss")).normalize();
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "skipped: the corpus folder "
                    + corpus.toAbsolutePath() + " is absent (CI has it at ../shared/corpora)");
            List<String> vectors = new ArrayList<>(Files.readAllLines(
                    corpus.resolve("payloadbox-xss-payload-list.txt"), StandardCharsets.UTF_8));
            vectors.removeIf(String::isEmpty);
            String h5sc = Files.readString(corpus.resolve("h5sc-vectors.txt"), StandardCharsets.UTF_8);
            for (Element div : Jsoup.parse(h5sc).select("body > div[id]")) {
                vectors.add(div.html());
            }
            assertThat(vectors).hasSizeGreaterThan(6000);
            return vectors;
        }

        private static Path root() {
            return Files.exists(Path.of("mvnw")) ? Path.of(".") : Path.of("..");
        }
    }
}
