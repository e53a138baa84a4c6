package dev.lede.benchmarks;

import dev.lede.Article;
import dev.lede.Contributor;
import dev.lede.html.ArticleHtml;
import dev.lede.html.PageImport;
import java.net.URI;
import java.util.stream.Collectors;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Element;

/**
 * The two importers compared, called the same way by the evaluation and the benchmarks. Thread-safe.
 */
public final class Importers {
    private static final ArticleHtml LEDE = ArticleHtml.standard();

    private Importers() {}

    /**
     * Imports a page with Lede.
     *
     * @param html the page; not null
     * @return the import; never null
     * @throws dev.lede.LedeException when the page cannot be imported
     */
    public static PageImport lede(String html) {
        return lede(html, CorpusPage.PAGE_URL);
    }

    /**
     * Imports a page at a given address with Lede.
     *
     * @param html the page; not null
     * @param url the page's address; not null
     * @return the import; never null
     * @throws dev.lede.LedeException when the page cannot be imported
     */
    public static PageImport lede(String html, URI url) {
        return LEDE.importPage(html, url);
    }

    /**
     * Extracts a page with Readability4J, which parses it with the same jsoup as Lede.
     *
     * @param html the page; not null
     * @return Readability4J's article; never null
     */
    public static net.dankito.readability4j.Article readability4j(String html) {
        return readability4j(html, CorpusPage.PAGE_URL);
    }

    /**
     * Extracts a page at a given address with Readability4J.
     *
     * @param html the page; not null
     * @param url the page's address; not null
     * @return Readability4J's article; never null
     */
    public static net.dankito.readability4j.Article readability4j(String html, URI url) {
        return new Readability4J(url.toString(), html).parse();
    }

    /**
     * Reduces a Lede import: the article's plain text without its title, the title, and its authors joined by
     * ", ".
     *
     * @param page the import; not null
     * @return the extraction; never null
     */
    public static Extraction describe(PageImport page) {
        Article article = page.article();
        String byline = article.metadata().authors().stream().map(Contributor::name)
                .collect(Collectors.joining(", "));
        // The body text, as Readability4J's content is: the title is compared on its own, and Readability's
        // expected content seldom repeats it.
        String body = article.withMetadata(article.metadata().withTitle("")).plainText();
        return new Extraction(body, article.metadata().title(), byline, Structure.of(article));
    }

    /**
     * Reduces a Readability4J article: the jsoup text of its content, its title and byline.
     *
     * @param article the article; not null
     * @param expectedTitle the title not to count as a heading; not null
     * @return the extraction; never null
     */
    public static Extraction describe(net.dankito.readability4j.Article article, String expectedTitle) {
        Element content = article.getArticleContent();
        return new Extraction(content == null ? "" : content.text(), nullToEmpty(article.getTitle()),
                nullToEmpty(article.getByline()),
                content == null ? new Structure(0, 0, 0, 0) : Structure.of(content, expectedTitle));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
