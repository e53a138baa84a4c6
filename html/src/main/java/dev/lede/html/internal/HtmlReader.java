package dev.lede.html.internal;

import static dev.lede.html.internal.AttributeValues.hasToken;
import static dev.lede.html.internal.AttributeValues.integer;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Contributor;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Publisher;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import dev.lede.html.ArticleHtmlException;
import dev.lede.html.HtmlDiagnostic;
import dev.lede.html.HtmlReadResult;
import dev.lede.internal.Blank;
import dev.lede.internal.Words;
import dev.lede.internal.UrlSafety;
import dev.lede.validation.ArticleValidator;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an article from HTML in one pass over jsoup's DOM. Block content is read in a flow: block elements
 * become blocks, inline content between them becomes paragraphs, headings open sections wherever they stand.
 * Recursion follows element nesting and is capped at the configured depth. One instance reads one input; not
 * thread-safe.
 */
public final class HtmlReader {
    /** The reader stops recording diagnostics after this many, so hostile input cannot make the list huge. */
    static final int MAX_DIAGNOSTICS = 1000;

    private static final Set<String> REMOVED = Set.of("script", "style", "template", "iframe", "frame",
            "frameset", "noframes", "object", "embed", "applet", "param", "noscript", "input", "button", "select",
            "textarea", "option", "optgroup", "datalist", "output", "keygen", "progress", "meter", "svg", "math",
            "canvas", "video", "audio", "source", "track", "map", "area", "base", "title", "head", "dialog");
    private static final Set<String> IGNORED = Set.of("meta", "link", "wbr", "col", "colgroup");
    // Parsed once: jsoup parses a query string on every call, which cost more than the reading around it.
    private static final Evaluator MARKED_UP_LINE = QueryParser.parse("[itemprop], time, a[rel~=author]");
    private static final Evaluator ITEM_NAME = QueryParser.parse("[itemprop~=(?i)^name$]");
    private static final Evaluator ITEM_URL = QueryParser.parse("[itemprop~=(?i)^url$]");
    private static final Evaluator CREDIT = QueryParser.parse("[" + Vocabulary.ROLE + "=" + Vocabulary.CREDIT + "]");
    /** The widest colspan read; a wider one is read as this. */
    public static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;
    /** A byline's label ("By", "Posted by") ends with "by" among this many first words of its text. */
    private static final int MAX_LABEL_WORDS = 4;
    /**
     * The deepest quote, list item, emphasis, strong or link read as such, in levels of the model below the
     * section or note holding it: the validator's (and JSON codec's) limit less six levels for sections
     * ({@code h1} to {@code h6}). Deeper ones are read as their content, so the reader never makes an article
     * that the validator or the JSON writer refuses as too deep.
     */
    static final int MAX_LEVEL = ArticleValidator.DEFAULT_MAX_DEPTH - 6;

    private final Document document;
    private final int maxDepth;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Urls urls;
    /** The parts of the figures being read (image, captions, credit), which reading the rest of them skips. */
    private final Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Element> takenOrder = new ArrayList<>();
    /** The model level of what is being read, below its section or note: quotes, list items and inlines open. */
    private int level;
    /** How many elements too deep are being read as their content: only the outermost is reported. */
    private int flattening;

    private final Outline outline = new Outline();
    private final List<Note> notes = new ArrayList<>();
    private final Flow topFlow;
    private String title;
    private Optional<String> subtitle = Optional.empty();
    private Optional<String> description = Optional.empty();
    private final List<Contributor> authors = new ArrayList<>();
    private Optional<Publisher> publisher = Optional.empty();
    private Optional<OffsetDateTime> published = Optional.empty();
    private Optional<OffsetDateTime> modified = Optional.empty();
    private Optional<URI> canonical = Optional.empty();
    private final List<String> tags = new ArrayList<>();
    private Optional<Figure> hero = Optional.empty();
    private boolean headerSeen;
    private String pendingSectionId;

    private HtmlReader(Document document, URI base, int maxDepth) {
        this.document = document;
        this.urls = new Urls(base, diagnostics);
        this.maxDepth = maxDepth;
        this.topFlow = new Flow(outline::block, this::sectionHeading);
    }

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
        return read(document, base, maxDepth);
    }

    /**
     * Reads the article in a parsed document, which the reader leaves as it is; {@code base} may be null to
     * leave relative URLs as they are.
     */
    public static HtmlReadResult read(Document document, URI base, int maxDepth) {
        return new HtmlReader(document, base, maxDepth).read();
    }

    private HtmlReadResult read() {
        List<Element> roots = Roots.of(document);
        for (Element root : roots) {
            children(root, topFlow, 1);
            topFlow.flush();
        }
        Article.Builder article = Article.builder().title(title == null ? document.title() : title);
        subtitle.ifPresent(article::subtitle);
        description.ifPresent(article::description);
        authors.forEach(article::author);
        publisher.ifPresent(article::publisher);
        published.ifPresent(article::published);
        modified.ifPresent(article::modified);
        Roots.language(roots.get(0)).ifPresent(article::language);
        canonical.ifPresent(article::canonicalUrl);
        article.tags(tags.toArray(String[]::new));
        hero.ifPresent(article::hero);
        outline.addTo(article);
        notes.forEach(article::note);
        return new HtmlReadResult(article.build(), diagnostics.list());
    }

    /** Where a flow sends a heading: to the outline at the top level, elsewhere into a paragraph. */
    private interface HeadingSink {
        void heading(int level, RichText text, Element element, Flow flow);
    }

    /** A block context: blocks go to a consumer, inline content between them gathers into paragraphs. */
    private final class Flow {
        final Consumer<Block> blocks;
        final HeadingSink headings;
        final InlineCollector inline = new InlineCollector(false);
        boolean hasBlocks;

        Flow(Consumer<Block> blocks, HeadingSink headings) {
            this.blocks = blocks;
            this.headings = headings;
        }

        void flush() {
            addParagraph(inline.finish());
        }

        /** Adds a paragraph unless it is blank: an empty or {@code &nbsp;} paragraph is spacing, not text. */
        void addParagraph(RichText text) {
            if (!Blank.isBlank(text)) {
                add(new Paragraph(text));
            }
        }

        void add(Block block) {
            hasBlocks = true;
            blocks.accept(block);
        }
    }

    private Flow nestedFlow(Consumer<Block> into) {
        return new Flow(into, (level, text, element, flow) -> {
            diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, element, "a heading inside a list, quote or note is read "
                    + "as a paragraph");
            flow.addParagraph(text);
        });
    }

    private void children(Element parent, Flow flow, int depth) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            Node child = parent.childNode(i);
            node(child, flow, depth);
        }
    }

    private void node(Node node, Flow flow, int depth) {
        if (node instanceof TextNode text) {
            flow.inline.text(text.getWholeText());
        } else if (node instanceof Element element) {
            element(element, flow, depth);
        } else if (node instanceof Comment) {
            diagnostics.report(HtmlDiagnostic.Kind.REMOVED_COMMENT, node, "comment");
        }
    }

    /** One element in a block context. */
    private void element(Element element, Flow flow, int depth) {
        if (!admit(element, depth)) {
            return;
        }
        String name = element.normalName();
        if (isNote(element)) {
            flow.flush();
            note(element, depth);
            return;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flow.flush();
                heading(element, flow, depth);
            }
            case "p" -> {
                // Read in the block context, so that an image in the paragraph becomes a figure between the
                // paragraph's text before and after it.
                flow.flush();
                inlineChildren(element, flow.inline, flow, depth + 1);
                flow.flush();
            }
            case "ul", "ol", "blockquote" -> {
                flow.flush();
                if (level >= MAX_LEVEL) {
                    flattening(element);
                    children(element, flow, depth + 1);
                    flattening--;
                } else {
                    flow.add(element.nameIs("blockquote") ? quote(element, depth) : list(element, depth));
                }
            }
            case "pre" -> {
                flow.flush();
                flow.add(code(element, depth));
            }
            case "hr" -> {
                flow.flush();
                flow.add(new Divider());
            }
            case "table" -> {
                flow.flush();
                flow.add(table(element, depth));
            }
            case "figure", "img" -> {
                flow.flush();
                figureOrContent(element, flow, depth);
            }
            case "header" -> {
                flow.flush();
                if (flow == topFlow && !headerSeen && !outline.hasContent()) {
                    headerSeen = true;
                    header(element, depth);
                } else {
                    children(element, flow, depth + 1);
                    flow.flush();
                }
            }
            case "section" -> {
                flow.flush();
                String id = element.id();
                if (!id.isEmpty()) {
                    pendingSectionId = id;
                }
                children(element, flow, depth + 1);
                flow.flush();
                if (id.equals(pendingSectionId)) {
                    pendingSectionId = null;
                }
            }
            default -> {
                if (element.tag().isBlock() || name.equals("br")) {
                    if (name.equals("br")) {
                        flow.inline.lineBreak();
                    } else {
                        flow.flush();
                        children(element, flow, depth + 1);
                        flow.flush();
                    }
                } else {
                    inlineElement(element, flow.inline, flow, depth);
                }
            }
        }
    }

    /** Reports and refuses what never enters the model; enforces the depth limit. */
    private boolean admit(Element element, int depth) {
        if (taken.contains(element)) {
            return false;
        }
        if (depth > maxDepth) {
            throw new ArticleHtmlException("elements nest deeper than the limit of " + maxDepth, diagnostics.path(element));
        }
        if (element.attributesSize() > 0) { // attributes() would give an attribute-less element an empty set
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().regionMatches(true, 0, "on", 0, 2)) {
                    diagnostics.report(HtmlDiagnostic.Kind.REMOVED_ATTRIBUTE, element, "event handler " + attribute.getKey());
                }
            }
        }
        String name = element.normalName();
        if (REMOVED.contains(name)) {
            diagnostics.report(HtmlDiagnostic.Kind.REMOVED_ELEMENT, element, "<" + name + "> and its content");
            return false;
        }
        return !IGNORED.contains(name);
    }

    private void heading(Element element, Flow flow, int depth) {
        int level = element.normalName().charAt(1) - '0';
        if (level == 1 && title == null && flow == topFlow) {
            title = plainText(element, depth);
            return;
        }
        RichText text = inlineContent(element, depth);
        if (!Blank.isBlank(text)) {
            // A heading without text (an icon, an anchor target) names no section.
            flow.headings.heading(Math.max(level, 2), text, element, flow);
        }
    }

    private void sectionHeading(int level, RichText text, Element element, Flow flow) {
        String id = element.id();
        if (id.isEmpty() && pendingSectionId != null) {
            id = pendingSectionId;
        }
        pendingSectionId = null;
        outline.heading(level, text, id);
    }

    private void header(Element header, int depth) {
        for (int i = 0; i < header.childNodeSize(); i++) {
            Node child = header.childNode(i);
            if (child instanceof Element element) {
                headerElement(element, depth + 1);
            } else {
                node(child, topFlow, depth + 1);
            }
        }
        topFlow.flush();
    }

    private void headerElement(Element element, int depth) {
        if (!admit(element, depth)) {
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
                    diagnostics.report(HtmlDiagnostic.Kind.DROPPED_TEXT, element, "a third date in the header: "
                            + quoted(dateText(element, depth)));
                }
            }
            case "figure", "img" -> figureOrContent(element, topFlow, depth);
            case "a" -> {
                if (hasToken(element.attr("rel"), "author")) {
                    authors.add(new Contributor(plainText(element, depth), urls.url(element, "href")));
                } else {
                    element(element, topFlow, depth);
                }
            }
            default -> {
                boolean line = !hasBlockChild(element);
                if (line && (element.selectFirst(MARKED_UP_LINE) != null || hasClassPart(element, "byline"))) {
                    headerLine(element, depth);
                } else if (line && name.equals("p")) {
                    setSubtitle(element, depth);
                } else if (line) {
                    element(element, topFlow, depth);
                } else {
                    // A container of lines: its own text between them is content, as the header's own is.
                    for (int i = 0; i < element.childNodeSize(); i++) {
                        Node child = element.childNode(i);
                        if (child instanceof Element part) {
                            headerElement(part, depth + 1);
                        } else {
                            node(child, topFlow, depth + 1);
                        }
                    }
                }
            }
        }
    }

    private void setSubtitle(Element element, int depth) {
        if (subtitle.isEmpty()) {
            subtitle = Optional.of(plainText(element, depth));
        } else {
            element(element, topFlow, depth);
            topFlow.flush();
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
            canonical = urls.url(element, element.hasAttr("href") ? "href" : "content");
        } else {
            return false;
        }
        return true;
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
            return urls.url(url, url.hasAttr("href") ? "href" : "content");
        }
        return item.hasAttr("href") ? urls.url(item, "href") : Optional.empty();
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.tag().isBlock() && !child.nameIs("br")) {
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
            } else if (child instanceof Element element && admit(element, depth + 1)) {
                inlineElement(element, collector, null, depth + 1);
            } else if (child instanceof Comment) {
                diagnostics.report(HtmlDiagnostic.Kind.REMOVED_COMMENT, child, "comment");
            }
        }
        String text = collector.finishPlain();
        int label = bylineLabel(text);
        if (label > 0 || authorItem || hasClassPart(line, "byline")) {
            byline(text, label, line);
        } else if (Words.count(text) > 0) {
            diagnostics.report(HtmlDiagnostic.Kind.DROPPED_TEXT, line, "text beside the header's metadata: "
                    + quoted(withoutCommas(text)));
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
            diagnostics.report(HtmlDiagnostic.Kind.DROPPED_TEXT, line, "a byline's label: " + quoted(labelText));
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
            diagnostics.report(HtmlDiagnostic.Kind.DROPPED_TEXT, element, "an unreadable date: "
                    + quoted(dateText(element, depth)));
        }
        return stamp.map(date -> date.resolve(Optional.empty()));
    }

    /** Content of a list outside any {@code <li>} joins the item before it, or starts one. */
    private ListBlock list(Element list, int depth) {
        boolean ordered = list.nameIs("ol");
        int start = ordered ? integer(list.attr("start")).orElse(1) : 1;
        List<List<Block>> items = new ArrayList<>();
        Flow stray = nestedFlow(block -> {
            if (items.isEmpty()) {
                items.add(new ArrayList<>());
            }
            items.get(items.size() - 1).add(block);
        });
        level++;
        for (int i = 0; i < list.childNodeSize(); i++) {
            Node child = list.childNode(i);
            if (child instanceof Element element && element.nameIs("li")) {
                if (admit(element, depth + 1)) {
                    stray.flush();
                    List<Block> blocks = new ArrayList<>();
                    items.add(blocks);
                    Flow flow = nestedFlow(blocks::add);
                    children(element, flow, depth + 2);
                    flow.flush();
                }
            } else {
                node(child, stray, depth + 1);
            }
        }
        stray.flush();
        level--;
        // An item left with no block held only blank paragraphs: a spacer, not an entry.
        List<ListItem> entries = new ArrayList<>(items.size());
        for (List<Block> blocks : items) {
            if (!blocks.isEmpty()) {
                entries.add(new ListItem(blocks));
            }
        }
        return new ListBlock(ordered, start, entries);
    }

    private Quote quote(Element quote, int depth) {
        List<Block> blocks = new ArrayList<>();
        Flow flow = nestedFlow(blocks::add);
        List<Element> attributions = new ArrayList<>();
        Element last = quote.lastElementChild();
        level++;
        for (int i = 0; i < quote.childNodeSize(); i++) {
            Node child = quote.childNode(i);
            if (child instanceof Element element && (element.nameIs("footer")
                    || (element.nameIs("cite") && element == last && attributions.isEmpty()))) {
                if (admit(element, depth + 1)) {
                    attributions.add(element);
                }
            } else {
                node(child, flow, depth + 1);
            }
        }
        flow.flush();
        level--;
        Optional<String> source = quote.hasAttr("cite") ? urls.safeUrl(quote, "cite") : Optional.empty();
        return new Quote(blocks, captions(attributions, depth + 1), source);
    }

    private CodeBlock code(Element pre, int depth) {
        StringBuilder code = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        pending.push(pre);
        depths.push(depth);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            int nodeDepth = depths.pop();
            if (node instanceof TextNode text) {
                appendCarried(code, text.getWholeText());
            } else if (node instanceof Element element && (element == pre || admit(element, nodeDepth))) {
                if (element.nameIs("br")) {
                    code.append('\n');
                }
                for (int i = element.childNodeSize() - 1; i >= 0; i--) {
                    pending.push(element.childNode(i));
                    depths.push(nodeDepth + 1);
                }
            } else if (node instanceof Comment) {
                diagnostics.report(HtmlDiagnostic.Kind.REMOVED_COMMENT, node, "comment");
            }
        }
        Optional<String> language = languageClass(pre);
        if (language.isEmpty()) {
            Element inner = pre.getElementsByTag("code").first();
            if (inner != null) {
                language = languageClass(inner);
            }
        }
        return new CodeBlock(language, code.toString());
    }

    private static void appendCarried(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Escaping.isCarried(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
    }

    private static Optional<String> languageClass(Element element) {
        for (String name : element.classNames()) {
            if (name.startsWith("language-")) {
                return Optional.of(name.substring("language-".length()));
            }
            if (name.startsWith("lang-")) {
                return Optional.of(name.substring("lang-".length()));
            }
        }
        return Optional.empty();
    }

    private Block table(Element table, int depth) {
        List<Element> captions = new ArrayList<>();
        List<TableRow> head = new ArrayList<>();
        List<TableRow> body = new ArrayList<>();
        for (Element child = table.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!admit(child, depth + 1)) {
                continue;
            }
            switch (child.normalName()) {
                case "caption" -> captions.add(child);
                case "thead" -> rows(child, head, depth + 1);
                case "tbody", "tfoot" -> rows(child, body, depth + 1);
                case "tr" -> body.add(row(child, depth + 1));
                default -> diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, child, "<" + child.normalName()
                        + "> in a table outside any cell");
            }
        }
        Optional<RichText> caption = captions(captions, depth + 1);
        if (isSummary(table)) {
            Optional<SummaryTable> summary = summary(caption, head, body);
            if (summary.isPresent()) {
                return summary.get();
            }
            diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, table, "a summary table needs two plain cells a row; read "
                    + "as a table");
        }
        return new Table(caption, head, body);
    }

    private static boolean isSummary(Element table) {
        return table.attr(Vocabulary.ROLE).equals(Vocabulary.SUMMARY_TABLE);
    }

    private static Optional<SummaryTable> summary(Optional<RichText> caption, List<TableRow> head,
            List<TableRow> body) {
        if (head.size() > 1 || (head.size() == 1 && !isPair(head.get(0)))) {
            return Optional.empty();
        }
        List<SummaryRow> rows = new ArrayList<>();
        for (TableRow row : body) {
            if (!isPair(row)) {
                return Optional.empty();
            }
            rows.add(new SummaryRow(row.cells().get(0).content(), row.cells().get(1).content()));
        }
        String aspect = head.isEmpty() ? "" : InlineCollector.plain(head.get(0).cells().get(0).content());
        String summary = head.isEmpty() ? "" : InlineCollector.plain(head.get(0).cells().get(1).content());
        return Optional.of(new SummaryTable(caption, aspect, summary, rows));
    }

    private static boolean isPair(TableRow row) {
        if (row.cells().size() != 2) {
            return false;
        }
        for (TableCell cell : row.cells()) {
            if (cell.colspan() != 1 || cell.rowspan() != 1) {
                return false;
            }
        }
        return true;
    }

    private void rows(Element group, List<TableRow> into, int depth) {
        for (Element child = group.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs("tr") && admit(child, depth + 1)) {
                into.add(row(child, depth + 1));
            }
        }
    }

    private TableRow row(Element row, int depth) {
        List<TableCell> cells = new ArrayList<>();
        for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            if ((cell.nameIs("td") || cell.nameIs("th")) && admit(cell, depth + 1)) {
                cells.add(new TableCell(inlineContent(cell, depth + 1), cell.nameIs("th"),
                        span(cell.attr("colspan"), MAX_COLSPAN), span(cell.attr("rowspan"), MAX_ROWSPAN)));
            }
        }
        return new TableRow(cells);
    }

    private static int span(String value, int max) {
        int span = integer(value).orElse(1);
        return span < 1 ? 1 : Math.min(span, max);
    }

    /**
     * A figure or a standalone image; the hero when it stands before any content and no header came first. What
     * else a figure holds (more images, paragraphs) is read after it as blocks of their own.
     */
    private void figureOrContent(Element element, Flow flow, int depth) {
        int mark = takenOrder.size();
        Optional<Figure> figure = figure(element, depth);
        if (figure.isPresent()) {
            boolean inHeader = flow == topFlow && headerSeen && hero.isEmpty() && isInHeader(element);
            boolean beforeContent = flow == topFlow && !headerSeen && hero.isEmpty() && !outline.hasContent();
            if (inHeader || beforeContent) {
                hero = figure;
            } else {
                flow.add(figure.get());
            }
        } else if (element.nameIs("figure")) {
            Element quote = child(element, "blockquote");
            if (quote != null && child(element, "figcaption") != null && level < MAX_LEVEL
                    && admit(quote, depth + 1)) {
                List<Element> captions = children(element, "figcaption", depth + 1);
                Quote read = quote(quote, depth + 1);
                flow.add(new Quote(read.blocks(), captions(captions, depth + 1), read.source()));
                take(quote);
                captions.forEach(this::take);
            }
        }
        if (element.nameIs("figure")) {
            children(element, flow, depth + 1);
            flow.flush();
            while (takenOrder.size() > mark) {
                taken.remove(takenOrder.remove(takenOrder.size() - 1));
            }
        }
    }

    private void take(Element part) {
        taken.add(part);
        takenOrder.add(part);
    }

    private static boolean isInHeader(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.nameIs("header")) {
                return true;
            }
        }
        return false;
    }

    private Optional<Figure> figure(Element element, int depth) {
        Element img = element.nameIs("img") ? element : firstImage(element);
        if (img == null) {
            return Optional.empty();
        }
        if (element != img && (img.attr("src").isBlank() || !UrlSafety.isSafeContentUrl(img.attr("src")))) {
            return Optional.empty(); // reading the figure's content reports the image
        }
        if (img.attr("src").isBlank()) {
            diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, img, "image without src");
            return Optional.empty();
        }
        Optional<String> safe = urls.safeUrl(img, "src");
        if (safe.isEmpty()) {
            return Optional.empty();
        }
        Image image = new Image(safe.get(), img.attr("alt"), positive(img.attr("width")),
                positive(img.attr("height")));
        Optional<RichText> caption = Optional.empty();
        Optional<String> credit = Optional.empty();
        if (element.nameIs("figure")) {
            take(img);
            // The credit first, so that a credit inside the caption is not read as caption text too.
            Element creditElement = element.selectFirst(CREDIT);
            if (creditElement != null) {
                credit = Optional.of(plainText(creditElement, depth + 1));
                take(creditElement);
            }
            List<Element> captions = children(element, "figcaption", depth + 1);
            caption = captions(captions, depth + 1);
            captions.forEach(this::take);
        }
        return Optional.of(new Figure(image, caption, credit));
    }

    private static Element firstImage(Element figure) {
        for (Element img : figure.getElementsByTag("img")) {
            if (img.parents().stream().noneMatch(parent -> parent.nameIs("figcaption"))) {
                return img;
            }
        }
        return null;
    }

    private static OptionalInt positive(String value) {
        OptionalInt number = integer(value);
        return number.isPresent() && number.getAsInt() > 0 ? number : OptionalInt.empty();
    }

    private static boolean isNote(Element element) {
        return element.nameIs("aside") || hasToken(element.attr("role"), "note");
    }

    private void note(Element aside, int depth) {
        List<Block> blocks = new ArrayList<>();
        NoteTitle title = new NoteTitle();
        Flow flow = new Flow(blocks::add, title);
        noteChildren(aside, flow, depth + 1);
        flow.flush();
        notes.add(new Note(noteKind(aside), title.value, blocks));
    }

    /** The first heading of a note, before any block, is its title; a later one is read as a paragraph. */
    private static final class NoteTitle implements HeadingSink {
        Optional<String> value = Optional.empty();

        @Override
        public void heading(int level, RichText text, Element element, Flow flow) {
            if (value.isEmpty() && !flow.hasBlocks) {
                value = Optional.of(InlineCollector.plain(text));
            } else {
                flow.addParagraph(text);
            }
        }
    }

    /** A note's content; a note inside a note adds to the outer one. */
    private void noteChildren(Element parent, Flow flow, int depth) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            Node child = parent.childNode(i);
            if (child instanceof Element element && isNote(element)) {
                if (admit(element, depth)) {
                    flow.flush();
                    noteChildren(element, flow, depth + 1);
                    flow.flush();
                }
            } else {
                node(child, flow, depth);
            }
        }
    }

    private static NoteKind noteKind(Element aside) {
        String declared = aside.attr(Vocabulary.NOTE_KIND).strip().toUpperCase(Locale.ROOT);
        for (NoteKind kind : NoteKind.values()) {
            if (kind.name().equals(declared)) {
                return kind;
            }
        }
        for (String name : aside.classNames()) {
            String lower = name.toUpperCase(Locale.ROOT);
            for (NoteKind kind : NoteKind.values()) {
                if (lower.contains(kind.name())) {
                    return kind;
                }
            }
        }
        return NoteKind.EDITORIAL;
    }

    /** The rich text of an element whose content is inline only (a paragraph, heading, cell, caption). */
    private RichText inlineContent(Element element, int depth) {
        InlineCollector inline = new InlineCollector(false);
        inlineChildren(element, inline, null, depth + 1);
        return inline.finish();
    }

    private String plainText(Element element, int depth) {
        InlineCollector inline = new InlineCollector(true);
        inlineChildren(element, inline, null, depth + 1);
        return inline.finishPlain();
    }

    private void inlineChildren(Element parent, InlineCollector inline, Flow flow, int depth) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            Node child = parent.childNode(i);
            if (child instanceof TextNode text) {
                inline.text(text.getWholeText());
            } else if (child instanceof Element element) {
                if (flow != null) {
                    element(element, flow, depth);
                } else if (admit(element, depth)) {
                    inlineElement(element, inline, null, depth);
                }
            } else if (child instanceof Comment) {
                diagnostics.report(HtmlDiagnostic.Kind.REMOVED_COMMENT, child, "comment");
            }
        }
    }

    /**
     * One inline element. Inside a block context ({@code flow} not null) a block element met inside it ends
     * the paragraph and is read as a block; inside inline-only content it is unwrapped, its edges read as
     * white space.
     */
    private void inlineElement(Element element, InlineCollector inline, Flow flow, int depth) {
        switch (element.normalName()) {
            case "em", "i" -> wrapped(element, inline, InlineCollector.Kind.EMPHASIS, flow, depth);
            case "strong", "b" -> wrapped(element, inline, InlineCollector.Kind.STRONG, flow, depth);
            case "code" -> wrapped(element, inline, InlineCollector.Kind.CODE, flow, depth);
            case "br" -> inline.lineBreak();
            case "a" -> link(element, inline, flow, depth);
            case "img" -> {
                if (flow == null) {
                    diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, element, "image inside text");
                } else {
                    flow.flush();
                    figureOrContent(element, flow, depth);
                }
            }
            default -> {
                boolean block = element.tag().isBlock();
                if (block) {
                    inline.space();
                }
                inlineChildren(element, inline, flow, depth + 1);
                if (block) {
                    inline.space();
                }
            }
        }
    }

    private void wrapped(Element element, InlineCollector inline, InlineCollector.Kind kind, Flow flow,
            int depth) {
        if (kind != InlineCollector.Kind.CODE && level >= MAX_LEVEL) {
            flattening(element);
            inlineChildren(element, inline, flow, depth + 1);
            flattening--;
            return;
        }
        boolean opened = inline.open(kind);
        int levels = opened && kind != InlineCollector.Kind.CODE ? 1 : 0;
        level += levels;
        inlineChildren(element, inline, flow, depth + 1);
        level -= levels;
        if (opened) {
            inline.close();
        }
    }

    /**
     * Starts reading an element nested too deep as its content (the caller counts {@link #flattening} down
     * after), reporting only the outermost such element. Not a method taking the content as a lambda: that
     * costs stack frames on a path that recurses once per element.
     */
    private void flattening(Element element) {
        if (flattening++ == 0) {
            diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, element, element.normalName() + " nested more than " + MAX_LEVEL
                    + " levels deep, and what it holds, read without that nesting");
        }
    }

    private void link(Element element, InlineCollector inline, Flow flow, int depth) {
        boolean opened = false;
        if (level >= MAX_LEVEL && element.hasAttr("href")) {
            flattening(element);
            inlineChildren(element, inline, flow, depth + 1);
            flattening--;
            return;
        }
        if (element.hasAttr("href") && !inline.isOpen(InlineCollector.Kind.LINK)) {
            Optional<String> href = urls.safeUrl(element, "href");
            if (href.isPresent()) {
                Optional<String> title = element.hasAttr("title") ? Optional.of(element.attr("title"))
                        : Optional.empty();
                opened = inline.openLink(href.get(), title);
            }
        }
        level += opened ? 1 : 0;
        inlineChildren(element, inline, flow, depth + 1);
        level -= opened ? 1 : 0;
        if (opened) {
            inline.close();
        }
    }

    /** The child elements named {@code name} that enter the model, in order. */
    private List<Element> children(Element parent, String name, int depth) {
        List<Element> children = new ArrayList<>();
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs(name) && admit(child, depth)) {
                children.add(child);
            }
        }
        return children;
    }

    /**
     * The caption of a figure, quote or table, which the model gives one: several are read as one text, a
     * space between them. Empty when there is none.
     */
    private Optional<RichText> captions(List<Element> captions, int depth) {
        if (captions.isEmpty()) {
            return Optional.empty();
        }
        InlineCollector inline = new InlineCollector(false);
        for (Element caption : captions) {
            inline.space();
            inlineChildren(caption, inline, null, depth + 1);
        }
        // An empty caption is no caption: the renderer writes none, as HTML wants no empty figcaption.
        return Optional.of(inline.finish()).filter(text -> !text.isEmpty());
    }

    /** The first child element named {@code name}, or null. */
    private static Element child(Element parent, String name) {
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs(name)) {
                return child;
            }
        }
        return null;
    }

    private static boolean hasClassPart(Element element, String part) {
        for (String name : element.classNames()) {
            if (name.toLowerCase(Locale.ROOT).contains(part)) {
                return true;
            }
        }
        return false;
    }
}
