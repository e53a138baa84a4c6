package dev.lede.cli;

import dev.lede.Article;
import dev.lede.LedeException;
import dev.lede.html.ArticleHtml;
import dev.lede.html.PageImport;
import dev.lede.json.ArticleJson;
import java.net.URI;

/**
 * The library calls behind the commands, each converter built once and shared by every thread of a batch.
 * Reading never validates here: {@code validate} reports on invalid articles instead of refusing them, and
 * {@code convert} validates explicitly so that its error names the violations.
 */
final class Codecs {
    private static final ArticleJson JSON = ArticleJson.builder().validate(false).pretty(true).build();
    private static final ArticleHtml HTML = ArticleHtml.builder().pretty(true).build();

    private Codecs() {}

    /** Reads an article; {@code baseUri} may be null, which leaves relative URLs relative. */
    static Article read(String text, Format format, URI baseUri) {
        switch (format) {
            case JSON:
                return JSON.read(text);
            case HTML:
                return baseUri == null ? HTML.read(text) : HTML.read(text, baseUri);
            default:
                throw new IllegalArgumentException("cannot read " + format);
        }
    }

    /** Imports a page; without its address, relative links and images stay relative. */
    static PageImport importPage(String html, URI pageUrl) {
        return pageUrl == null ? HTML.importPage(html) : HTML.importPage(html, pageUrl);
    }

    static String write(Article article, Format format) {
        switch (format) {
            case JSON:
                return JSON.write(article) + "\n";
            case HTML:
                return HTML.render(article);
            case PAGE:
                return HTML.renderDocument(article);
            case OUTLINE:
                return Outline.of(article);
            default:
                throw new IllegalArgumentException("cannot write " + format);
        }
    }

    /** The message of a library error, for one line of output. */
    static String describe(LedeException e) {
        return e.getMessage().lines().findFirst().orElse(e.getClass().getSimpleName());
    }
}
