package dev.lede.html.internal.page;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Metadata;
import dev.lede.html.ArticleHtmlException;
import dev.lede.html.HtmlDiagnostic;
import dev.lede.html.HtmlReadResult;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.PageImporter;
import dev.lede.html.Provenance;
import dev.lede.html.internal.HtmlReader;
import dev.lede.html.internal.ImportedParts;
import dev.lede.html.internal.InputText;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
     * @param provenance where each metadata field came from
     */
    public record Result(Article article, List<PageDiagnostic> diagnostics, List<Provenance> provenance) {}

    /**
     * Imports a page.
     *
     * @param html the page
     * @param pageUrl its address, or null to leave relative addresses relative
     * @param options the content detection's tuning
     * @param maxInputLength the longest page accepted, in characters
     * @param maxDepth how deep the article's elements may nest
     * @param guessMetadata whether metadata may be inferred where the page does not state it
     * @return the article and the diagnostics
     * @throws ArticleHtmlException when the page is over a limit or cannot be parsed
     */
    public static Result importPage(String html, URI pageUrl, FinderOptions options, int maxInputLength,
            int maxDepth, boolean guessMetadata) {
        if (html.length() > maxInputLength) {
            throw new ArticleHtmlException("the page is " + html.length() + " characters long, over the limit of "
                    + maxInputLength, null);
        }
        Document document;
        try {
            document = InputText.parse(html, pageUrl == null ? "" : pageUrl.toString());
        } catch (RuntimeException e) {
            throw new ArticleHtmlException("the HTML parser failed: " + e, null, e);
        }
        // Whatever a page does to the heuristics, the caller sees the library's exception, never a raw one.
        try {
            return importDocument(document, pageUrl, options, maxDepth, guessMetadata);
        } catch (ArticleHtmlException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ArticleHtmlException("the page could not be imported: " + e, null, e);
        }
    }

    private static Result importDocument(Document document, URI pageUrl, FinderOptions options, int maxDepth,
            boolean guessMetadata) {
        PageMetadata metadata = PageMetadata.extract(document, pageUrl, guessMetadata);
        ContentSelection selection = new ContentFinder(document, pageUrl, options, metadata.title()).find();
        metadata = metadata.withHeading(selection.heading());

        Element content = selection.content();
        // What the content holds beyond its markup goes to the reader as values, not as markers in the DOM.
        ImportedParts parts = ImportedParts.create();
        for (ContentSelection.NoteRegion note : selection.notes()) {
            Element aside = content.appendElement("aside");
            parts.note(aside, note.kind());
            aside.appendElement("h2").text(note.title());
            aside.appendChildren(Removals.detachChildren(note.body()));
        }
        for (Element table : content.select("table")) {
            if (SummaryTables.looksLike(table)) {
                parts.summaryTable(table);
            }
            SummaryTables.headerRowIntoHead(table);
        }
        for (Element credit : content.select("figure figcaption [class~=(?i)credit|copyright|photographer]")) {
            Element figure = credit.closest("figure");
            if (figure == null) {
                continue; // inside a credit already moved with its text
            }
            credit.remove();
            parts.credit(figure, credit.text());
        }
        for (Element element : content.select("[id]")) {
            element.removeAttr("id");
        }
        for (Element element : content.select("div, td, section, article")) {
            splitAtDoubleBreaks(element);
        }
        for (Element pre : content.select("pre")) {
            codeLanguage(pre).ifPresent(language -> pre.addClass("language-" + language));
        }
        HtmlReadResult read = HtmlReader.read(content.ownerDocument(), pageUrl, maxDepth, parts);
        // The title and the authors are decided in one place, the metadata's picks: what the reader found in the
        // content (an h1 left there, a header's title and byline) is their last candidate.
        metadata = metadata.withHeading(Optional.of(read.article().metadata().title()))
                .withContentAuthors(read.article().metadata().authors());

        List<PageDiagnostic> diagnostics = new ArrayList<>(metadata.diagnostics());
        diagnostics.addAll(selection.dropped());
        for (HtmlDiagnostic diagnostic : read.diagnostics()) {
            diagnostics.add(PageDiagnostic.notRepresented(diagnostic));
        }
        Article article = merge(read.article(), metadata, selection, diagnostics);
        // The invariant of the importer: what it returns passes the standard validation (Repairs checks it).
        Article repaired = Repairs.apply(article, diagnostics);
        return new Result(repaired, capped(diagnostics), metadata.provenance(repaired, selection.subtitle()));
    }

    /**
     * The first {@value PageImporter#MAX_DIAGNOSTICS} diagnostics, and a {@link Reason#TRUNCATED} one that counts
     * the rest by reason, so that a page of a million hidden spans still gets a report a person can read.
     */
    private static List<PageDiagnostic> capped(List<PageDiagnostic> diagnostics) {
        if (diagnostics.size() <= PageImporter.MAX_DIAGNOSTICS) {
            return diagnostics;
        }
        List<PageDiagnostic> rest = diagnostics.subList(PageImporter.MAX_DIAGNOSTICS, diagnostics.size());
        Map<Reason, Integer> byReason = new EnumMap<>(Reason.class);
        long words = 0;
        for (PageDiagnostic diagnostic : rest) {
            byReason.merge(diagnostic.reason(), 1, Integer::sum);
            words += diagnostic.words();
        }
        StringJoiner counts = new StringJoiner(", ", rest.size() + " more diagnostics not listed: ", "");
        byReason.forEach((reason, count) -> counts.add(reason + " " + count));
        List<PageDiagnostic> kept = new ArrayList<>(diagnostics.subList(0, PageImporter.MAX_DIAGNOSTICS));
        kept.add(new PageDiagnostic(Reason.TRUNCATED, "", (int) Math.min(words, Integer.MAX_VALUE),
                counts.toString()));
        return kept;
    }

    /**
     * Turns text that old pages separate with two {@code <br>}s into paragraphs, as a reader sees it: the
     * element's inline children between such breaks are wrapped in {@code <p>}s. Elements with block children
     * are left alone.
     */
    private static void splitAtDoubleBreaks(Element element) {
        List<Node> nodes = new ArrayList<>(element.childNodes());
        boolean hasDouble = false;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Element child) {
                if (child.isBlock() && !child.nameIs("br")) {
                    return;
                }
                hasDouble |= child.nameIs("br") && nextBreak(nodes, i) > 0;
            }
        }
        if (!hasDouble) {
            return;
        }
        Removals.detachChildren(element);
        Element paragraph = element.appendElement("p");
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            int next = node instanceof Element br && br.nameIs("br") ? nextBreak(nodes, i) : -1;
            if (next > 0) {
                paragraph = element.appendElement("p");
                i = next;
            } else {
                paragraph.appendChild(node);
            }
        }
    }

    /** The index of a second {@code <br>} after the one at {@code i}, with only whitespace between; or -1. */
    private static int nextBreak(List<Node> nodes, int i) {
        for (int j = i + 1; j < nodes.size(); j++) {
            Node node = nodes.get(j);
            if (node instanceof Element e && e.nameIs("br")) {
                return j;
            }
            if (!(node instanceof TextNode text && text.isBlank())) {
                return -1;
            }
        }
        return -1;
    }

    /** The language a highlighter's attribute names, when the block has no {@code language-} class. */
    private static Optional<String> codeLanguage(Element pre) {
        if (!pre.select("[class^=language-], [class*= language-], [class^=lang-], [class*= lang-]").isEmpty()) {
            return Optional.empty();
        }
        Element marked = pre.selectFirst("[data-lang], [data-language], [data-code-block-lang]");
        if (marked == null) {
            return Optional.empty();
        }
        String language = marked.hasAttr("data-lang") ? marked.attr("data-lang")
                : marked.hasAttr("data-language") ? marked.attr("data-language") : marked.attr("data-code-block-lang");
        return language.matches("[A-Za-z0-9+#._-]{1,32}") ? Optional.of(language) : Optional.empty();
    }

    /**
     * The page's metadata where it has a value, the content's own (a header, a byline) where it has none; the
     * lead's first figure as the hero, else the page's share image.
     */
    private static Article merge(Article read, PageMetadata page, ContentSelection selection,
            List<PageDiagnostic> diagnostics) {
        Metadata metadata = page.merge(read.metadata(), selection.subtitle(), diagnostics);
        Article article = read.withMetadata(metadata);
        if (article.hero().isEmpty()) {
            List<Block> lead = new ArrayList<>(article.lead());
            for (int i = 0; i < lead.size(); i++) {
                if (lead.get(i) instanceof Figure figure) {
                    lead.remove(i);
                    article = article.withHero(Optional.of(figure)).withLead(lead);
                    break;
                }
            }
        }
        if (article.hero().isEmpty() && page.image().isPresent()) {
            article = article.withHero(Optional.of(Figure.of(new Image(page.image().get(),
                    page.imageAlt().orElse(""), OptionalInt.empty(), OptionalInt.empty()))));
        }
        return article;
    }
}
