package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.html.internal.DocumentRenderer;
import dev.lede.testing.ArticleGenerator;
import dev.lede.testing.ModelStrings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What render writes stays inside the documented allowlist, whatever the article holds, and what read takes in
 * never carries script into the model. Runs our own vectors always; the corpus tests read the XSS lists in
 * ../shared/corpora/xss and are skipped when that folder is absent.
 */
class SafetyTest {
    static final Set<String> FRAGMENT_ELEMENTS = Set.of("html", "head", "body", "article", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "p", "span", "a", "time", "meta", "link", "figure", "img", "figcaption",
            "small", "section", "aside", "ul", "ol", "li", "blockquote", "footer", "pre", "code", "hr", "table",
            "caption", "thead", "tbody", "tr", "th", "td", "em", "strong", "br");
    static final Set<String> FRAGMENT_ATTRIBUTES = Set.of("class", "lang", "itemscope", "itemtype", "itemprop",
            "content", "href", "src", "alt", "width", "height", "datetime", "id", "role", "data-kind", "data-lede",
            "start", "colspan", "rowspan", "scope", "cite", "title");
    static final Set<String> DOCUMENT_ELEMENTS = union(FRAGMENT_ELEMENTS, Set.of("title", "script", "style"));
    static final Set<String> DOCUMENT_ATTRIBUTES =
            union(FRAGMENT_ATTRIBUTES, Set.of("charset", "name", "property", "rel", "type"));
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    private final ArticleHtml html = ArticleHtml.standard();

    @Test
    void renderingOwnVectorsStaysInsideTheAllowlist() {
        renderEveryPayload(ownVectors(), 1L);
    }

    @Test
    void readingOwnVectorsLetsNoScriptIn() {
        ownVectors().forEach(this::readPayload);
    }

    @Test
    void renderingCorpusVectorsStaysInsideTheAllowlist() throws IOException {
        renderEveryPayload(corpusVectors(), 2L);
    }

    @Test
    void readingCorpusVectorsLetsNoScriptIn() throws IOException {
        corpusVectors().forEach(this::readPayload);
    }

    @Test
    void theCheckerRejectsWhatItGuardsAgainst() {
        assertThat(violations(Jsoup.parse("<article><p onclick=x>a</p></article>"), FRAGMENT_ELEMENTS,
                FRAGMENT_ATTRIBUTES)).isNotEmpty();
        assertThat(violations(Jsoup.parse("<article><a href=' java\tscript:x'>a</a></article>"),
                FRAGMENT_ELEMENTS, FRAGMENT_ATTRIBUTES)).isNotEmpty();
        assertThat(violations(Jsoup.parse("<article><iframe></iframe></article>"), FRAGMENT_ELEMENTS,
                FRAGMENT_ATTRIBUTES)).isNotEmpty();
        assertThat(violations(Jsoup.parse("<article><p style=color:red>a</p></article>"), FRAGMENT_ELEMENTS,
                FRAGMENT_ATTRIBUTES)).isNotEmpty();
    }

    /** Generated articles with a payload in every string field, until every payload was used at least once. */
    private void renderEveryPayload(List<String> payloads, long seed) {
        ArticleGenerator generator = ArticleGenerator.of(seed);
        int[] next = {0};
        int articles = 0;
        while (next[0] < payloads.size() || articles < 20) {
            Article article = ModelStrings.rewrite(generator.next(), s -> payloads.get(next[0]++ % payloads.size()),
                    s -> payloads.get(next[0]++ % payloads.size()));
            articles++;
            String fragment = html.render(article);
            Document parsed = Jsoup.parse(fragment);
            assertThat(violations(parsed, FRAGMENT_ELEMENTS, FRAGMENT_ATTRIBUTES)).as(fragment).isEmpty();
            assertThat(parsed.head().children()).as(fragment).isEmpty();
            assertThat(parsed.body().children()).as(fragment).hasSize(1);
            assertThat(parsed.body().child(0).normalName()).isEqualTo("article");

            String page = html.renderDocument(article);
            Document document = Jsoup.parse(page);
            assertThat(violations(document, DOCUMENT_ELEMENTS, DOCUMENT_ATTRIBUTES)).as(page).isEmpty();
            assertThat(document.select("script")).as(page).hasSize(1);
            Element script = document.selectFirst("script");
            assertThat(script.attr("type")).isEqualTo("application/ld+json");
            assertThat(script.data()).as(page).doesNotContain("<", ">");
            assertThat(document.body().children()).as(page).hasSize(1);
            assertThat(document.select("style")).as(page).singleElement()
                    .satisfies(style -> assertThat(style.data().strip()).isEqualTo(DocumentRenderer.STYLESHEET));
        }
    }

    private void readPayload(String payload) {
        Article article = html.read(payload);
        List<String> urls = new ArrayList<>();
        ModelStrings.rewrite(article, s -> s, url -> {
            urls.add(url);
            return url;
        });
        assertThat(urls).as(payload).allMatch(SafetyTest::isSafeUrl);
        Document parsed = Jsoup.parse(payload);
        String visible = parsed.text();
        String plain = article.plainText();
        for (Element script : parsed.select("script, style, template, iframe, noscript, textarea, xmp")) {
            String code = script.data().isBlank() ? script.text() : script.data();
            if (!code.isBlank() && !visible.contains(code.strip())) {
                assertThat(plain).as(payload).doesNotContain(code.strip());
            }
        }
        Document again = Jsoup.parse(html.render(article));
        assertThat(violations(again, FRAGMENT_ELEMENTS, FRAGMENT_ATTRIBUTES)).as(payload).isEmpty();
    }

    static List<String> violations(Document document, Set<String> elements, Set<String> attributes) {
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (element == document) {
                continue;
            }
            if (!elements.contains(element.normalName())) {
                found.add("element " + element.normalName());
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || !attributes.contains(key)) {
                    found.add("attribute " + key + " on " + element.normalName());
                }
                if (URL_ATTRIBUTES.contains(key) && !isSafeUrl(attribute.getValue())) {
                    found.add("URL " + attribute.getValue());
                }
            }
        }
        return found;
    }

    /** Independent of the library: a browser drops ASCII whitespace and controls before finding the scheme. */
    static boolean isSafeUrl(String url) {
        StringBuilder cleaned = new StringBuilder();
        url.chars().filter(c -> c > ' ' && c != 0x7f).forEach(c -> cleaned.append((char) c));
        Matcher scheme = SCHEME.matcher(cleaned.toString().toLowerCase(Locale.ROOT));
        return !scheme.find() || Set.of("http", "https", "mailto").contains(scheme.group(1));
    }

    static List<String> ownVectors() {
        try (InputStream in = SafetyTest.class.getResourceAsStream("xss-vectors.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The payloadbox list, one payload a line, and the H5SC vectors, one {@code <div id>} each. */
    static List<String> corpusVectors() throws IOException {
        Path corpus = Corpora.folder("xss");
        List<String> vectors = new ArrayList<>(
                Files.readAllLines(corpus.resolve("payloadbox-xss-payload-list.txt"), StandardCharsets.UTF_8));
        vectors.removeIf(String::isEmpty);
        String h5sc = Files.readString(corpus.resolve("h5sc-vectors.txt"), StandardCharsets.UTF_8);
        for (Element div : Jsoup.parse(h5sc).select("body > div[id]")) {
            vectors.add(div.html());
        }
        assertThat(vectors).hasSizeGreaterThan(6000);
        return vectors;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new java.util.HashSet<>(a);
        union.addAll(b);
        return Set.copyOf(union);
    }
}
