package dev.lede.html.internal.page;

import dev.lede.Article;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Metadata;
import dev.lede.html.ArticleHtmlException;
import dev.lede.html.HtmlDiagnostic;
import dev.lede.html.HtmlReadResult;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.internal.HtmlReader;
import dev.lede.html.internal.InputText;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Imports one web page: parses it, reads its metadata, finds the article with {@link ContentFinder}, hands the
 * content to the same {@link HtmlReader} that reads article markup, and merges the results. Stateless and
 * thread-safe; every call works on its own document.
 */
public final class Importer {
    private Importer() {}

    /**
     * The result of one import.
     *
     * @param article the article
     * @param diagnostics what was dropped or could not be represented, and metadata conflicts
     */
    public record Result(Article article, List<PageDiagnostic> diagnostics) {}

    /**
     * Imports a page.
     *
     * @param html the page
     * @param pageUrl its address
     * @param options the content detection's tuning
     * @param maxInputLength the longest page accepted, in characters
     * @param maxDepth how deep the article's elements may nest
     * @return the article and the diagnostics
     * @throws ArticleHtmlException when the page is over a limit or cannot be parsed
     */
    public static Result importPage(String html, URI pageUrl, FinderOptions options, int maxInputLength,
            int maxDepth) {
        if (html.length() > maxInputLength) {
            throw new ArticleHtmlException("the page is " + html.length() + " characters long, over the limit of "
                    + maxInputLength, null);
        }
        Document document;
        try {
            document = Parser.htmlParser().parseInput(InputText.clean(html), pageUrl.toString());
        } catch (RuntimeException e) {
            throw new ArticleHtmlException("the HTML parser failed: " + e, null, e);
        }
        PageMetadata metadata = PageMetadata.extract(document, pageUrl);
        ContentSelection selection = new ContentFinder(document, pageUrl, options, metadata.title()).find();
        metadata = metadata.withHeading(selection.heading());

        Element content = selection.content();
        for (ContentSelection.NoteRegion note : selection.notes()) {
            Element aside = content.appendElement("aside").attr("data-kind", note.kind().name());
            aside.appendElement("h2").text(note.title());
            aside.appendChildren(new ArrayList<>(note.body().childNodes()));
        }
        for (Element table : content.select("table")) {
            if (SummaryTables.looksLike(table)) {
                table.attr("data-lede", "summary");
            }
        }
        for (Element element : content.select("[id]")) {
            element.removeAttr("id");
        }
        content.ownerDocument().outputSettings().prettyPrint(false);
        HtmlReadResult read = HtmlReader.read(content.outerHtml(), pageUrl, Integer.MAX_VALUE, maxDepth);

        List<PageDiagnostic> diagnostics = new ArrayList<>(metadata.diagnostics());
        diagnostics.addAll(selection.dropped());
        for (HtmlDiagnostic diagnostic : read.diagnostics()) {
            diagnostics.add(new PageDiagnostic(Reason.NOT_REPRESENTED, diagnostic.path(), 0,
                    diagnostic.kind() + ": " + diagnostic.detail()));
        }
        return new Result(merge(read.article(), metadata, selection), diagnostics);
    }

    /** The page's metadata where it has a value, the content's own (a header, a byline) where it has none. */
    private static Article merge(Article read, PageMetadata page, ContentSelection selection) {
        Metadata own = read.metadata();
        Metadata found = page.toMetadata(own.title());
        Metadata metadata = new Metadata(found.title(),
                selection.subtitle().or(own::subtitle),
                found.description().or(own::description),
                found.authors().isEmpty() ? own.authors() : found.authors(),
                found.publisher().or(own::publisher),
                found.published().or(own::published),
                found.modified().or(own::modified),
                found.language().or(own::language),
                found.canonicalUrl().or(own::canonicalUrl),
                found.tags().isEmpty() ? own.tags() : found.tags());
        Optional<Figure> hero = read.hero().or(() -> page.image().map(src -> Figure.of(
                new Image(src, page.imageAlt().orElse(""), OptionalInt.empty(), OptionalInt.empty()))));
        return read.withMetadata(metadata).withHero(hero);
    }
}
