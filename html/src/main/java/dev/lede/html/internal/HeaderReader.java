package dev.lede.html.internal;

import static dev.lede.html.internal.AttributeValues.hasToken;

import dev.lede.Article;
import dev.lede.Contributor;
import dev.lede.Publisher;
import dev.lede.RichText;
import dev.lede.html.HtmlDiagnostic;
import dev.lede.internal.Words;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the article's metadata: from its {@code <header>} (title, subtitle, bylines, dates, microdata items and
 * lines), and the title a top-level {@code h1} gives it elsewhere. What else the header holds goes to the top
 * flow of the {@link BlockReader}. Arguments are not null. Not thread-safe: one per read.
 */
final class HeaderReader {
    // Parsed once: jsoup parses a query string on every call, which cost more than the reading around it.
    private static final Evaluator MARKED_UP_LINE = QueryParser.parse("[itemprop], time, a[rel~=author]");
    private static final Evaluator ITEM_NAME = QueryParser.parse("[itemprop~=(?i)^name$]");
    private static final Evaluator ITEM_URL = QueryParser.parse("[itemprop~=(?i)^url$]");
    /** A byline's label ("By", "Posted by") ends with "by" among this many first words of its text. */
    private static final int MAX_LABEL_WORDS = 4;

    private final BlockReader blocks;
    private boolean read;
    private String title;
    private Optional<String> subtitle = Optional.empty();
    private Optional<String> description = Optional.empty();
    private final List<Contributor> authors = new ArrayList<>();
    private Optional<Publisher> publisher = Optional.empty();
    private Optional<OffsetDateTime> published = Optional.empty();
    private Optional<OffsetDateTime> modified = Optional.empty();
    private Optional<URI> canonical = Optional.empty();
    private final List<String> tags = new ArrayList<>();

    HeaderReader(BlockReader blocks) {
        this.blocks = blocks;
    }

    /** Whether a header has been read: the article has one at most. */
    boolean isRead() {
        return read;
    }

    /** Whether the article has no title yet. */
    boolean lacksTitle() {
        return title == null;
    }

    void title(String title) {
        this.title = title;
    }

    /** Adds the metadata to the article; its title is the document's when no title was read. */
    void addTo(Article.Builder article, Document document) {
        article.title(title == null ? document.title() : title);
        subtitle.ifPresent(article::subtitle);
        description.ifPresent(article::description);
        authors.forEach(article::author);
        publisher.ifPresent(article::publisher);
        published.ifPresent(article::published);
        modified.ifPresent(article::modified);
        canonical.ifPresent(article::canonicalUrl);
        article.tags(tags.toArray(String[]::new));
    }

    /** Reads the article's header. */
    void read(Element header, int depth) {
        read = true;
        headerChildren(header, depth);
        blocks.top.flush();
    }

    /** Reads the children of the header or of a container of its lines: text as content, elements as its parts. */
    private void headerChildren(Element parent, int depth) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            Node child = parent.childNode(i);
            if (child instanceof Element element) {
                headerElement(element, depth + 1);
            } else {
                blocks.node(child, blocks.top, depth + 1);
            }
        }
    }

    private void headerElement(Element element, int depth) {
        if (!blocks.admit(element, depth)) {
            if (element.nameIs("meta") || element.nameIs("link")) {
                headerItem(element, depth);
            }
            return;
        }
        if (headerItem(element, depth)) {
            return;
        }
        String name = element.normalName();
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (name.equals("h1") && title == null) {
                    title = plainText(element, depth);
                } else {
                    setSubtitle(element, depth);
                }
            }
            case "time" -> {
                if (published.isEmpty()) {
                    published = time(element, depth);
                } else if (modified.isEmpty()) {
                    modified = time(element, depth);
                } else {
                    dropped(element, "a third date in the header: " + quoted(dateText(element, depth)));
                }
            }
            case "figure", "img" -> blocks.figures.figureOrContent(element, blocks.top, depth);
            case "a" -> {
                if (hasToken(element.attr("rel"), "author")) {
                    authors.add(new Contributor(plainText(element, depth), blocks.urls.url(element, "href")));
                } else {
                    blocks.element(element, blocks.top, depth);
                }
            }
            default -> {
                boolean line = !hasBlockChild(element);
                if (line && (element.selectFirst(MARKED_UP_LINE) != null || hasClassPart(element, "byline"))) {
                    headerLine(element, depth);
                } else if (line && name.equals("p")) {
                    setSubtitle(element, depth);
                } else if (line) {
                    blocks.element(element, blocks.top, depth);
                } else {
                    // A container of lines: its own text between them is content, as the header's own is.
                    headerChildren(element, depth);
                }
            }
        }
    }

    private void setSubtitle(Element element, int depth) {
        if (subtitle.isEmpty()) {
            subtitle = Optional.of(plainText(element, depth));
        } else {
            blocks.element(element, blocks.top, depth);
            blocks.top.flush();
        }
    }

    /** Reads a microdata property of the article; returns whether the element was one. */
    private boolean headerItem(Element element, int depth) {
        String itemprop = element.attr("itemprop");
        if (itemprop.isEmpty()) {
            return false;
        }
        if (hasToken(itemprop, "headline")) {
            title = plainText(element, depth);
        } else if (hasToken(itemprop, "alternativeHeadline")) {
            subtitle = Optional.of(plainText(element, depth));
        } else if (hasToken(itemprop, "description")) {
            description = Optional.of(propertyText(element, depth));
        } else if (hasToken(itemprop, "keywords")) {
            tags.add(propertyText(element, depth));
        } else if (hasToken(itemprop, "author")) {
            authors.add(new Contributor(itemName(element, depth), itemUrl(element)));
        } else if (hasToken(itemprop, "publisher")) {
            publisher = Optional.of(new Publisher(itemName(element, depth), itemUrl(element)));
        } else if (hasToken(itemprop, "datePublished")) {
            published = time(element, depth);
        } else if (hasToken(itemprop, "dateModified")) {
            modified = time(element, depth);
        } else if (hasToken(itemprop, "mainEntityOfPage") || hasToken(itemprop, "url")) {
            canonical = blocks.urls.url(element, element.hasAttr("href") ? "href" : "content");
        } else {
            return false;
        }
        return true;
    }

    private String plainText(Element element, int depth) {
        return blocks.inline.plainText(element, depth);
    }

    private void dropped(Node node, String detail) {
        blocks.diagnostics.report(HtmlDiagnostic.Kind.DROPPED_TEXT, node, detail);
    }

    private String propertyText(Element element, int depth) {
        return element.hasAttr("content") ? element.attr("content") : plainText(element, depth);
    }

    /** A name is written as text, so one read from a {@code content} attribute is collapsed like text. */
    private String itemName(Element item, int depth) {
        Element name = item.selectFirst(ITEM_NAME);
        if (name == null) {
            return plainText(item, depth);
        }
        return name.hasAttr("content") ? InlineCollector.plain(RichText.of(name.attr("content")))
                : plainText(name, depth);
    }

    private Optional<URI> itemUrl(Element item) {
        Element url = item.selectFirst(ITEM_URL);
        if (url != null) {
            return blocks.urls.url(url, url.hasAttr("href") ? "href" : "content");
        }
        return item.hasAttr("href") ? blocks.urls.url(item, "href") : Optional.empty();
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.tag().isBlock() && !child.nameIs("br")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasClassPart(Element element, String part) {
        for (String name : element.classNames()) {
            if (name.toLowerCase(Locale.ROOT).contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of the header holding metadata or a byline: its marked-up items (authors, dates, microdata) are
     * read as metadata, and its own text around them as a byline when the line is one (a class containing
     * {@code byline}, an author item, or a label ending in "by"); other words there are labels the model
     * cannot hold ("Updated"), reported.
     */
    private void headerLine(Element line, int depth) {
        InlineCollector collector = new InlineCollector(true);
        boolean authorItem = false;
        for (int i = 0; i < line.childNodeSize(); i++) {
            Node child = line.childNode(i);
            if (child instanceof TextNode part) {
                collector.text(part.getWholeText());
            } else if (child instanceof Element element && isHeaderItem(element)) {
                authorItem |= hasToken(element.attr("itemprop"), "author")
                        || hasToken(element.attr("rel"), "author");
                headerElement(element, depth + 1);
                collector.text(","); // a name ends at an item: "A <time>…</time> B" names two
            } else if (child instanceof Element element && blocks.admit(element, depth + 1)) {
                blocks.inline.inlineElement(element, collector, null, depth + 1);
            } else if (child instanceof Comment) {
                blocks.diagnostics.report(HtmlDiagnostic.Kind.REMOVED_COMMENT, child, "comment");
            }
        }
        String text = collector.finishPlain();
        int label = bylineLabel(text);
        if (label > 0 || authorItem || hasClassPart(line, "byline")) {
            byline(text, label, line);
        } else if (Words.count(text) > 0) {
            dropped(line, "text beside the header's metadata: " + quoted(withoutCommas(text)));
        }
    }

    /** Whether a child of a header line is read as metadata rather than as part of the line's text. */
    private static boolean isHeaderItem(Element element) {
        return element.hasAttr("itemprop") || element.nameIs("time") || element.nameIs("meta")
                || element.nameIs("link") || hasToken(element.attr("rel"), "author")
                || element.selectFirst(MARKED_UP_LINE) != null;
    }

    /**
     * The end of a byline's label, a word "by" among its first {@value #MAX_LABEL_WORDS} words ("By", "Posted
     * by", "Words and pictures by"); 0 when there is none.
     */
    private static int bylineLabel(String text) {
        int words = 0;
        int i = 0;
        while (i < text.length() && words < MAX_LABEL_WORDS) {
            while (i < text.length() && !Words.isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Words.isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (i - start == 2 && text.regionMatches(true, start, "by", 0, 2)) {
                    return i;
                }
            }
        }
        return 0;
    }

    /**
     * Reads names from a byline's text: after its label, split at commas, " and " and metadata items. A label
     * other than "By" alone is reported, as the model has no place for it.
     */
    private void byline(String text, int label, Element line) {
        String labelText = withoutCommas(text.substring(0, label));
        if (Words.count(labelText) > 1) {
            dropped(line, "a byline's label: " + quoted(labelText));
        }
        for (String name : text.substring(label).split(",| and ")) {
            if (Words.count(name) > 0) {
                authors.add(Contributor.of(collapsed(name)));
            }
        }
    }

    /** Text with runs of white space as one space and none at the ends, as the collector reads it. */
    private static String collapsed(String text) {
        InlineCollector collector = new InlineCollector(true);
        collector.text(text);
        return collector.finishPlain();
    }

    /** A header line's text as quoted in a report, without the commas that separate its items. */
    private static String withoutCommas(String text) {
        return collapsed(text.replace(',', ' '));
    }

    /** A text as a {@code DROPPED_TEXT} detail ends: after {@code ": "}, in quotes, in full. */
    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /** The text a date element shows, or its {@code datetime} when it shows none. */
    private String dateText(Element element, int depth) {
        String text = plainText(element, depth);
        return text.isEmpty() ? element.attr("datetime") : text;
    }

    /**
     * The date a {@code <time>} (or an element marked up as one) states, read as the importer reads metadata
     * dates ({@link Datetimes#parse}): a date without a time is noon UTC, a time without an offset UTC.
     */
    private Optional<OffsetDateTime> time(Element element, int depth) {
        String value = element.hasAttr("datetime") ? Datetimes.finer(element.attr("datetime"), element.text())
                : plainText(element, depth);
        Optional<Datetimes.Stamp> stamp = Datetimes.parse(value);
        if (stamp.isEmpty()) {
            dropped(element, "an unreadable date: " + quoted(dateText(element, depth)));
        }
        return stamp.map(date -> date.resolve(Optional.empty()));
    }
}
