package dev.lede.html.internal;

import dev.lede.Article;
import dev.lede.html.ArticleHtmlException;
import dev.lede.html.HtmlReadResult;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article from HTML in one pass over jsoup's DOM: checks the input's size, parses it, finds the article's
 * roots, reads them with a {@link BlockReader} and builds the article from what was read. Stateless: each read
 * has parts of its own.
 */
public final class HtmlReader {
    /** The widest colspan read; a wider one is read as this. */
    public static final int MAX_COLSPAN = 1000;

    private HtmlReader() {}

    /** Reads the article in {@code html}; {@code base} may be null to leave relative URLs as they are. */
    public static HtmlReadResult read(String html, URI base, int maxInputLength, int maxDepth) {
        if (html.length() > maxInputLength) {
            throw new ArticleHtmlException("the input is " + html.length()
                    + " characters long, over the limit of " + maxInputLength, null);
        }
        Document document;
        try {
            document = InputText.parse(html, base == null ? "" : base.toString());
        } catch (RuntimeException e) {
            throw new ArticleHtmlException("the HTML parser failed: " + e, null, e);
        }
        return read(document, base, maxDepth, ImportedParts.NONE);
    }

    /**
     * Reads the article in a parsed document, which the reader leaves as it is; {@code base} may be null to
     * leave relative URLs as they are. {@code imported} is what the page importer found in the document, or
     * {@link ImportedParts#NONE}.
     */
    public static HtmlReadResult read(Document document, URI base, int maxDepth, ImportedParts imported) {
        List<Element> roots = Roots.of(document);
        Diagnostics diagnostics = new Diagnostics();
        BlockReader blocks = new BlockReader(maxDepth, diagnostics, new Urls(base, diagnostics), imported);
        for (Element root : roots) {
            blocks.root(root);
        }
        Article.Builder article = Article.builder();
        blocks.header.addTo(article, document);
        Roots.language(roots.get(0)).ifPresent(article::language);
        blocks.figures.hero().ifPresent(article::hero);
        blocks.outline.addTo(article);
        blocks.notes().forEach(article::note);
        return new HtmlReadResult(article.build(), diagnostics.list());
    }
}
