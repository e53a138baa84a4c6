package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Contributor;
import dev.lede.internal.Words;
import dev.lede.testing.ArticleGenerator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's text conservation property of the HTML reader: <b>every word character of the text inside the
 * content either reaches the model or is named in a diagnostic</b>. Checked over the golden cases, the
 * generator's rendered articles (as rendered, and with content injected where the reader used to drop it) and
 * the Readability test pages when {@code ../shared} is there.
 *
 * <p>Precisely, for an input read with {@link ArticleHtml#readWithDiagnostics}:
 * <ul>
 *   <li><b>The content</b> is what the reader reads: every top-level {@code <article>} of the parsed input, else
 *   {@code <main>}, else {@code <body>} (the document's {@code <title>} and {@code <head>} are not inside it).
 *   <li><b>Its text</b> is the text nodes inside the content (not script or style data, not comments, not
 *   attributes), less what the reader gives a meaning instead of keeping as text: the text of the first two
 *   date elements ({@code <time>}, {@code itemprop} datePublished or dateModified) of each {@code <header>},
 *   which become the article's dates, and the words "by" and "and" in a {@code <header>}, a byline's label and
 *   separator.
 *   <li><b>The model's text</b> is {@link Article#plainText()} with the authors', publisher's names, the
 *   description and the tags.
 *   <li><b>Named text</b>: a {@code DROPPED_TEXT} diagnostic names the text its detail quotes after
 *   {@code ": "}; a {@code REMOVED_ELEMENT} diagnostic names the text of the element at its path.
 *   <li><b>The property</b>: for every word character ({@link Words#isWordChar}: letters, marks, numbers),
 *   its count in the content's text is at most its count in the model's text and the named text together.
 * </ul>
 * Counting characters rather than words makes the check blind to where the reader puts spaces (it splits a
 * paragraph at an image, joins captions with a space) and to text it adds (a title from {@code <title>}), while
 * any text left out in silence shows as missing characters. The failure message lists the missing words.
 */
class TextConservationTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "dev", "lede", "html", "golden");
    private static final Pattern BYLINE_WORDS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:by|and)(?![\\p{L}\\p{N}])");
    private final ArticleHtml html = ArticleHtml.standard();

    @Test
    void goldenCasesLoseNoTextInSilence() throws IOException {
        List<String> losses = new ArrayList<>();
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String input = Files.readString(folder.resolve("input.html"), StandardCharsets.UTF_8);
                Path base = folder.resolve("base.txt");
                URI uri = Files.exists(base) ? URI.create(Files.readString(base).strip()) : null;
                loss(folder.getFileName().toString(), input, uri).ifPresent(losses::add);
            }
        }
        assertThat(losses).isEmpty();
    }

    @Test
    void renderedArticlesLoseNoTextInSilence() {
        ArticleGenerator generator = ArticleGenerator.forHtml(20261202L);
        List<String> losses = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            loss("article " + i, html.render(generator.next()), null).ifPresent(losses::add);
        }
        assertThat(losses).isEmpty();
    }

    /**
     * Rendered articles with content injected in seeded places where the reader used to drop it in silence: a
     * second image and a paragraph in a figure, a paragraph beside a quote's caption, a second footer of a
     * quote, a second table caption, a third date in the header and a header line of text around a
     * {@code <span>} or {@code <time>}. Before the fixes of issue 12 this failed on each.
     */
    @Test
    void injectedContentIsKeptOrNamed() {
        ArticleGenerator generator = ArticleGenerator.forHtml(1212L);
        Random random = new Random(1212L);
        List<String> losses = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Document document = Jsoup.parseBodyFragment(html.render(generator.next()));
            int injected = inject(document, random);
            assertThat(injected).isPositive();
            loss("article " + i, document.body().html(), null).ifPresent(losses::add);
        }
        assertThat(losses).isEmpty();
    }

    @Test
    void readabilityTestPagesLoseNoTextInSilence() throws IOException {
        Path corpus = Corpora.folder("readability-test-pages");
        List<String> losses = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> folders = Files.list(corpus)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path source = folder.resolve("source.html");
                if (Files.exists(source)) {
                    pages++;
                    loss(folder.getFileName().toString(), Files.readString(source, StandardCharsets.UTF_8),
                            URI.create("https://example.org/" + folder.getFileName() + "/"))
                            .ifPresent(losses::add);
                }
            }
        }
        assertThat(pages).isGreaterThan(100);
        assertThat(losses).isEmpty();
    }

    /** A description of what the reader lost in silence, if anything. */
    private Optional<String> loss(String name, String input, URI base) {
        HtmlReadResult result = base == null ? html.readWithDiagnostics(input)
                : html.readWithDiagnostics(input, base);
        Document document = Jsoup.parse(input);
        String source = contentText(document);
        String kept = modelText(result.article()) + "\n" + named(document, result);
        Map<Integer, Integer> missing = missing(counts(source), counts(kept));
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Set<String> keptWords = new LinkedHashSet<>(words(kept));
        List<String> lost = words(source).stream().filter(w -> !keptWords.contains(w)).distinct().limit(20).toList();
        return Optional.of(name + ": " + missing.size() + " characters short, words " + lost);
    }

    private static String contentText(Document document) {
        StringBuilder text = new StringBuilder();
        for (Element root : roots(document)) {
            Set<Node> dates = new HashSet<>();
            for (Element header : root.getElementsByTag("header")) {
                header.select("time, [itemprop~=(?i)^date(Published|Modified)$]").stream().limit(2)
                        .forEach(dates::add);
            }
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode part && !insideAny(part, dates)) {
                    String value = part.getWholeText();
                    text.append(part.parentElement() != null && part.parentElement().closest("header") != null
                            ? BYLINE_WORDS.matcher(value).replaceAll(" ") : value).append(' ');
                }
            }, root);
        }
        return text.toString();
    }

    private static boolean insideAny(Node node, Set<Node> elements) {
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            if (elements.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    /** As the reader finds its roots: the top-level articles, else main, else the body. */
    private static List<Element> roots(Document document) {
        List<Element> articles = document.select("article").stream()
                .filter(a -> a.parents().stream().noneMatch(p -> p.nameIs("article"))).toList();
        if (!articles.isEmpty()) {
            return articles;
        }
        Element main = document.selectFirst("main");
        return List.of(main != null ? main : document.body());
    }

    private static String modelText(Article article) {
        StringBuilder text = new StringBuilder(article.plainText()).append('\n');
        article.metadata().authors().stream().map(Contributor::name).forEach(n -> text.append(n).append('\n'));
        article.metadata().publisher().ifPresent(p -> text.append(p.name()).append('\n'));
        article.metadata().description().ifPresent(d -> text.append(d).append('\n'));
        article.metadata().tags().forEach(t -> text.append(t).append('\n'));
        return text.toString();
    }

    private static String named(Document document, HtmlReadResult result) {
        StringBuilder text = new StringBuilder();
        for (HtmlDiagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.kind() == HtmlDiagnostic.Kind.DROPPED_TEXT) {
                String detail = diagnostic.detail();
                int start = detail.indexOf(": \"");
                assertThat(start).as("a DROPPED_TEXT detail quotes its text: %s", detail).isPositive();
                assertThat(detail).endsWith("\"");
                text.append(detail, start + 3, detail.length() - 1).append('\n');
            } else if (diagnostic.kind() == HtmlDiagnostic.Kind.REMOVED_ELEMENT) {
                Elements elements = document.select(diagnostic.path());
                assertThat(elements).as("the element at %s", diagnostic.path()).isNotEmpty();
                elements.forEach(e -> text.append(e.wholeText()).append('\n'));
            }
        }
        return text.toString();
    }

    private static Map<Integer, Integer> counts(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints().filter(Words::isWordChar).forEach(cp -> counts.merge(cp, 1, Integer::sum));
        return counts;
    }

    /** The characters {@code source} holds more often than {@code kept}, with how many more. */
    private static Map<Integer, Integer> missing(Map<Integer, Integer> source, Map<Integer, Integer> kept) {
        Map<Integer, Integer> missing = new HashMap<>();
        source.forEach((cp, count) -> {
            int short_ = count - kept.getOrDefault(cp, 0);
            if (short_ > 0) {
                missing.put(cp, short_);
            }
        });
        return missing;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Words.isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Injects content at one to three seeded places; returns how many injections were made. */
    private static int inject(Document document, Random random) {
        int made = 0;
        int wanted = 1 + random.nextInt(3);
        for (int attempt = 0; attempt < 10 && made < wanted; attempt++) {
            String word = "zq" + Integer.toString(random.nextInt(1_000_000), 36);
            Element header = document.selectFirst("header");
            switch (random.nextInt(7)) {
                case 0 -> made += appendTo(document.select("figure:has(img)"), random,
                        "<img src=\"extra.jpg\" alt=\"\"><p>" + word + " beside</p>");
                case 1 -> made += appendTo(document.select("figure:has(blockquote)"), random,
                        "<p>" + word + " beside the quote</p>");
                case 2 -> made += appendTo(document.select("blockquote"), random,
                        "<footer>" + word + " footer</footer><footer>" + word + " again</footer>");
                case 3 -> made += appendTo(document.select("table"), random,
                        "<caption>" + word + " caption</caption><caption>" + word + " more</caption>");
                case 4 -> {
                    if (header != null) {
                        header.append("<time>2026-01-01</time><time>2026-01-02</time><time>" + word + "</time>");
                        made++;
                    }
                }
                case 5 -> {
                    if (header != null) {
                        header.append("<div>Posted <span>" + word + "</span> by " + word + " staff</div>");
                        made++;
                    }
                }
                default -> {
                    if (header != null) {
                        header.append("<p>Posted <time datetime=\"2026-01-01\">" + word + "</time> by " + word
                                + " staff</p>");
                        made++;
                    }
                }
            }
        }
        return made;
    }

    private static int appendTo(Elements candidates, Random random, String html) {
        if (candidates.isEmpty()) {
            return 0;
        }
        candidates.get(random.nextInt(candidates.size())).append(html);
        return 1;
    }
}
