package dev.lede.html.internal;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Contributor;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Metadata;
import dev.lede.Note;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import dev.lede.html.ArticleHtmlException;
import dev.lede.html.AttributeProvider;
import dev.lede.html.BlockRenderer;
import dev.lede.html.RenderContext;
import dev.lede.internal.UrlSafety;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes an article as an {@code <article>} fragment straight into a StringBuilder, escaping as it goes. One
 * instance renders one article; not thread-safe.
 */
public final class HtmlRenderer implements RenderContext {
    static final String SCHEMA = "https://schema.org/";

    private final RenderOptions options;
    private final StringBuilder out;
    private final BlockWriter blockWriter = new BlockWriter();
    private final InlineWriter inlineWriter = new InlineWriter();
    /** The elements open, innermost last; an extension may close only those it opened itself. */
    private final ArrayDeque<String> open = new ArrayDeque<>();
    /** How many of the open elements belong to the renderer around the extension writing now. */
    private int floor;
    private int indent;
    private int depth;
    private boolean inLink;

    HtmlRenderer(RenderOptions options, StringBuilder out) {
        this.options = options;
        this.out = out;
    }

    /** The {@code <article>} fragment for an article. */
    public static String render(Article article, RenderOptions options) {
        StringBuilder out = new StringBuilder(4096);
        new HtmlRenderer(options, out).article(article);
        return out.toString();
    }

    /** One block as {@link #render} writes it inside an article, with no line end before it. */
    public static String renderBlock(Block block, RenderOptions options) {
        StringBuilder out = new StringBuilder(256);
        new HtmlRenderer(options, out).block(block);
        return out.toString();
    }

    void article(Article article) {
        Metadata metadata = article.metadata();
        line();
        start(article, "article", "class", cssClass("article"), "lang", metadata.language().orElse(null),
                "itemscope", "", "itemtype", SCHEMA + "NewsArticle");
        indent++;
        header(article);
        article.lead().forEach(this::block);
        article.sections().forEach(section -> section(section, 1));
        article.notes().forEach(this::note);
        indent--;
        line();
        closeTag("article");
    }

    private void header(Article article) {
        Metadata metadata = article.metadata();
        line();
        start(metadata, "header", "class", cssClass("header"));
        indent++;
        line();
        start(metadata, "h1", "itemprop", "headline");
        text(metadata.title());
        closeTag("h1");
        metadata.subtitle().ifPresent(subtitle -> {
            line();
            start(metadata, "p", "class", cssClass("subtitle"), "itemprop", "alternativeHeadline");
            text(subtitle);
            closeTag("p");
        });
        if (!metadata.authors().isEmpty()) {
            line();
            start(metadata, "p", "class", cssClass("byline"));
            for (int i = 0; i < metadata.authors().size(); i++) {
                Contributor author = metadata.authors().get(i);
                if (i > 0) {
                    text(", ");
                }
                start(author, "span", "itemprop", "author", "itemscope", "", "itemtype", SCHEMA + "Person");
                nameAndUrl(author, author.name(), author.url());
                closeTag("span");
            }
            closeTag("p");
        }
        if (metadata.published().isPresent() || metadata.modified().isPresent()) {
            line();
            start(metadata, "p", "class", cssClass("dateline"));
            metadata.published().ifPresent(published -> time(metadata, "datePublished", published));
            if (metadata.published().isPresent() && metadata.modified().isPresent()) {
                text(" ");
            }
            metadata.modified().ifPresent(modified -> time(metadata, "dateModified", modified));
            closeTag("p");
        }
        metadata.publisher().ifPresent(publisher -> {
            line();
            start(publisher, "p", "class", cssClass("publisher"), "itemprop", "publisher", "itemscope", "",
                    "itemtype", SCHEMA + "Organization");
            nameAndUrl(publisher, publisher.name(), publisher.url());
            closeTag("p");
        });
        metadata.description().ifPresent(description -> {
            line();
            start(metadata, "meta", "itemprop", "description", "content", description);
        });
        metadata.canonicalUrl().map(URI::toString).filter(UrlSafety::isSafeContentUrl).ifPresent(url -> {
            line();
            start(metadata, "link", "itemprop", "mainEntityOfPage", "href", url);
        });
        for (String tag : metadata.tags()) {
            line();
            start(metadata, "meta", "itemprop", "keywords", "content", tag);
        }
        article.hero().ifPresent(hero -> figure(hero, true));
        indent--;
        line();
        closeTag("header");
    }

    private void nameAndUrl(Object node, String name, Optional<URI> url) {
        Optional<String> safe = url.map(URI::toString).filter(UrlSafety::isSafeContentUrl);
        safe.ifPresent(href -> start(node, "a", "itemprop", "url", "href", href));
        start(node, "span", "itemprop", "name");
        text(name);
        closeTag("span");
        if (safe.isPresent()) {
            closeTag("a");
        }
    }

    private void time(Metadata metadata, String itemprop, OffsetDateTime time) {
        String value = time.toString();
        start(metadata, "time", "itemprop", itemprop, "datetime", Datetimes.attribute(value));
        text(value);
        closeTag("time");
    }

    private void section(Section section, int level) {
        line();
        start(section, "section", "id", section.id());
        indent++;
        line();
        String heading = "h" + Math.min(level + 1, 6);
        start(section.heading(), heading);
        inlines(section.heading());
        closeTag(heading);
        section.blocks().forEach(this::block);
        section.subsections().forEach(subsection -> section(subsection, level + 1));
        indent--;
        line();
        closeTag("section");
    }

    private void note(Note note) {
        line();
        start(note, "aside", "class", cssClass("note"), "role", "note", Vocabulary.NOTE_KIND,
                note.kind().name().toLowerCase(Locale.ROOT));
        indent++;
        note.title().ifPresent(title -> {
            line();
            start(note, "h2");
            text(title);
            closeTag("h2");
        });
        note.blocks().forEach(this::block);
        indent--;
        line();
        closeTag("aside");
    }

    private void figure(Figure figure, boolean hero) {
        line();
        start(figure, "figure", "class", hero ? cssClass("hero") : null);
        indent++;
        line();
        Image image = figure.image();
        start(image, "img", "src", UrlSafety.isSafeContentUrl(image.src()) ? image.src() : null, "alt", image.alt(),
                "width", number(image.width()), "height", number(image.height()));
        // A figcaption must be the figure's first or last child, so the credit comes before it; an empty
        // caption is not written at all.
        figure.credit().ifPresent(credit -> {
            line();
            start(figure, "small", "class", cssClass("credit"), Vocabulary.ROLE, Vocabulary.CREDIT);
            text(credit);
            closeTag("small");
        });
        figure.caption().filter(caption -> !caption.isEmpty()).ifPresent(caption -> {
            line();
            start(caption, "figcaption");
            inlines(caption);
            closeTag("figcaption");
        });
        indent--;
        line();
        closeTag("figure");
    }

    private static String number(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : null;
    }

    @Override
    public void block(Block block) {
        Objects.requireNonNull(block, "block must not be null");
        if (++depth > options.maxDepth()) {
            throw new ArticleHtmlException("blocks nest deeper than the limit of " + options.maxDepth(), null);
        }
        boolean written = false;
        int outer = floor;
        floor = open.size();
        for (BlockRenderer renderer : options.blockRenderers()) {
            if (renderer.render(block, this)) {
                written = true;
                break;
            }
        }
        if (open.size() != floor) {
            throw new ArticleHtmlException("a block renderer left <" + open.peekLast() + "> open", null);
        }
        floor = outer;
        if (!written) {
            block.accept(blockWriter);
        }
        depth--;
    }

    @Override
    public void standardBlock(Block block) {
        Objects.requireNonNull(block, "block must not be null");
        block.accept(blockWriter);
    }

    @Override
    public void inlines(RichText text) {
        for (Inline inline : text.inlines()) {
            inline.accept(inlineWriter);
        }
    }

    @Override
    public void text(String text) {
        Escaping.text(out, text);
    }

    @Override
    public String cssClass(String role) {
        return options.classPrefix() + role;
    }

    @Override
    public void openTag(Object node, String tagName, Map<String, String> attributes) {
        Objects.requireNonNull(node, "node must not be null");
        String name = Markup.element(Objects.requireNonNull(tagName, "tagName must not be null"));
        Map<String, String> adjusted = new LinkedHashMap<>(attributes);
        for (AttributeProvider provider : options.attributeProviders()) {
            provider.setAttributes(node, name, adjusted);
        }
        out.append('<').append(name);
        adjusted.forEach((attribute, value) -> attribute(name, attribute, value));
        out.append('>');
        opened(name);
    }

    @Override
    public void closeTag(String tagName) {
        String name = Markup.element(Objects.requireNonNull(tagName, "tagName must not be null"));
        if (open.size() <= floor || !open.peekLast().equals(name)) {
            throw new ArticleHtmlException("</" + name + "> closes no element opened here"
                    + (open.size() > floor ? " (<" + open.peekLast() + "> is open)" : ""), null);
        }
        open.removeLast();
        out.append("</").append(name).append('>');
    }

    private void opened(String element) {
        if (!Markup.isVoid(element)) {
            open.addLast(element);
        }
    }

    /** A start tag from name-value pairs; a null value leaves the attribute out, an empty one writes its name. */
    private void start(Object node, String tagName, String... attributes) {
        if (options.attributeProviders().isEmpty()) {
            out.append('<').append(tagName);
            for (int i = 0; i < attributes.length; i += 2) {
                attribute(tagName, attributes[i], attributes[i + 1]);
            }
            out.append('>');
            opened(tagName);
            return;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                map.put(attributes[i], attributes[i + 1]);
            }
        }
        openTag(node, tagName, map);
    }

    /**
     * One attribute: a name off the allowlist throws (an extension's mistake), while a null value or an unsafe
     * URL leaves the attribute out (they come from content, as the renderer's own unsafe URLs do).
     */
    private void attribute(String element, String attribute, String value) {
        String name = Markup.attribute(element, attribute);
        if (value == null || !Markup.isSafeValue(name, value)) {
            return;
        }
        out.append(' ').append(name);
        if (!value.isEmpty()) {
            out.append("=\"");
            Escaping.attribute(out, value);
            out.append('"');
        }
    }

    private void line() {
        if (options.pretty() && out.length() > 0) {
            out.append('\n');
            out.append("  ".repeat(indent));
        }
    }

    private final class BlockWriter implements Block.Visitor<Void> {
        @Override
        public Void visitParagraph(Paragraph paragraph) {
            line();
            start(paragraph, "p");
            inlines(paragraph.text());
            closeTag("p");
            return null;
        }

        @Override
        public Void visitList(ListBlock list) {
            line();
            String tag = list.ordered() ? "ol" : "ul";
            start(list, tag, "start", list.start() == 1 ? null : Integer.toString(list.start()));
            indent++;
            list.items().forEach(this::item);
            indent--;
            line();
            closeTag(tag);
            return null;
        }

        private void item(ListItem item) {
            line();
            start(item, "li");
            List<Block> blocks = item.blocks();
            if (blocks.size() == 1 && blocks.get(0) instanceof Paragraph paragraph && !paragraph.text().isEmpty()) {
                inlines(paragraph.text());
            } else {
                indent++;
                blocks.forEach(HtmlRenderer.this::block);
                indent--;
                line();
            }
            closeTag("li");
        }

        @Override
        public Void visitQuote(Quote quote) {
            line();
            start(quote, "blockquote", "cite", quote.source().filter(UrlSafety::isSafeContentUrl).orElse(null));
            indent++;
            quote.blocks().forEach(HtmlRenderer.this::block);
            quote.attribution().ifPresent(attribution -> {
                line();
                start(attribution, "footer");
                inlines(attribution);
                closeTag("footer");
            });
            indent--;
            line();
            closeTag("blockquote");
            return null;
        }

        @Override
        public Void visitFigure(Figure figure) {
            figure(figure, false);
            return null;
        }

        @Override
        public Void visitTable(Table table) {
            line();
            start(table, "table");
            indent++;
            table.caption().ifPresent(this::caption);
            if (!table.head().isEmpty()) {
                rowGroup(table, "thead", table.head());
            }
            rowGroup(table, "tbody", table.body());
            indent--;
            line();
            closeTag("table");
            return null;
        }

        private void caption(RichText caption) {
            line();
            start(caption, "caption");
            inlines(caption);
            closeTag("caption");
        }

        private void rowGroup(Table table, String tag, List<TableRow> rows) {
            line();
            start(table, tag);
            indent++;
            for (TableRow row : rows) {
                line();
                start(row, "tr");
                for (TableCell cell : row.cells()) {
                    String cellTag = cell.header() ? "th" : "td";
                    start(cell, cellTag, "colspan", span(cell.colspan()), "rowspan", span(cell.rowspan()));
                    inlines(cell.content());
                    closeTag(cellTag);
                }
                closeTag("tr");
            }
            indent--;
            line();
            closeTag(tag);
        }

        private String span(int span) {
            return span == 1 ? null : Integer.toString(span);
        }

        @Override
        public Void visitSummaryTable(SummaryTable table) {
            line();
            start(table, "table", "class", cssClass("summary"), Vocabulary.ROLE, Vocabulary.SUMMARY_TABLE);
            indent++;
            table.caption().ifPresent(this::caption);
            line();
            start(table, "thead");
            start(table, "tr");
            labelCell(table, table.aspectLabel());
            labelCell(table, table.summaryLabel());
            closeTag("tr");
            closeTag("thead");
            line();
            start(table, "tbody");
            indent++;
            for (SummaryRow row : table.rows()) {
                line();
                start(row, "tr");
                start(row.aspect(), "th", "scope", "row");
                inlines(row.aspect());
                closeTag("th");
                start(row.summary(), "td");
                inlines(row.summary());
                closeTag("td");
                closeTag("tr");
            }
            indent--;
            line();
            closeTag("tbody");
            indent--;
            line();
            closeTag("table");
            return null;
        }

        private void labelCell(SummaryTable table, String label) {
            start(table, "th", "scope", "col");
            text(label);
            closeTag("th");
        }

        @Override
        public Void visitCode(CodeBlock code) {
            line();
            start(code, "pre");
            start(code, "code", "class", code.language().filter(HtmlRenderer::isClassToken)
                    .map(language -> "language-" + language).orElse(null));
            text(code.code());
            closeTag("code");
            closeTag("pre");
            return null;
        }

        @Override
        public Void visitDivider(Divider divider) {
            line();
            start(divider, "hr");
            return null;
        }
    }

    private static boolean isClassToken(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                return false;
            }
        }
        return true;
    }

    private final class InlineWriter implements Inline.Visitor<Void> {
        @Override
        public Void visitText(Inline.Text text) {
            text(text.text());
            return null;
        }

        @Override
        public Void visitEmphasis(Inline.Emphasis emphasis) {
            wrap(emphasis, "em", emphasis.content());
            return null;
        }

        @Override
        public Void visitStrong(Inline.Strong strong) {
            wrap(strong, "strong", strong.content());
            return null;
        }

        private void wrap(Inline node, String tag, RichText content) {
            start(node, tag);
            inlines(content);
            closeTag(tag);
        }

        @Override
        public Void visitCode(Inline.Code code) {
            start(code, "code");
            text(code.code());
            closeTag("code");
            return null;
        }

        @Override
        public Void visitLink(Inline.Link link) {
            // A link inside a link cannot be written: the HTML parser would end the outer one.
            if (inLink || !UrlSafety.isSafeContentUrl(link.href())) {
                inlines(link.content());
                return null;
            }
            inLink = true;
            start(link, "a", "href", link.href(), "title", link.title().orElse(null));
            inlines(link.content());
            closeTag("a");
            inLink = false;
            return null;
        }

        @Override
        public Void visitLineBreak(Inline.LineBreak lineBreak) {
            start(lineBreak, "br");
            return null;
        }
    }
}
