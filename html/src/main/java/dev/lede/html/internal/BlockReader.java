package dev.lede.html.internal;

import static dev.lede.html.internal.AttributeValues.hasToken;

import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.Divider;
import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.html.ArticleHtmlException;
import dev.lede.html.HtmlDiagnostic;
import dev.lede.internal.Blank;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads block content in a flow: block elements become blocks, inline content between them becomes paragraphs,
 * headings open sections wherever they stand. Reads headings, quotes, code and notes itself, and holds the other
 * parts of the read (inline content, lists, tables, figures, the header), which call back into it for the
 * content they hold: recursion follows element nesting and is capped at the configured depth. Arguments are not
 * null unless said. Not thread-safe: one per read.
 */
final class BlockReader {
    private static final Set<String> REMOVED = Set.of("script", "style", "template", "iframe", "frame",
            "frameset", "noframes", "object", "embed", "applet", "param", "noscript", "input", "button", "select",
            "textarea", "option", "optgroup", "datalist", "output", "keygen", "progress", "meter", "svg", "math",
            "canvas", "video", "audio", "source", "track", "map", "area", "base", "title", "head", "dialog");
    private static final Set<String> IGNORED = Set.of("meta", "link", "wbr", "col", "colgroup");

    final Diagnostics diagnostics;
    final Urls urls;
    /** What the page importer found, which the parts take before the markup. */
    final ImportedParts imported;
    final Nesting nesting;
    final Outline outline = new Outline();
    /** The article's own flow, whose headings open sections of the outline. */
    final Flow top;
    // The parts keep this reader and call nothing while they are made, so that they may be made here.
    final InlineReader inline = new InlineReader(this);
    final ListReader lists = new ListReader(this);
    final TableReader tables = new TableReader(this);
    final FigureReader figures = new FigureReader(this);
    final HeaderReader header = new HeaderReader(this);
    private final int maxDepth;
    private final List<Note> notes = new ArrayList<>();
    private String pendingSectionId;

    BlockReader(int maxDepth, Diagnostics diagnostics, Urls urls, ImportedParts imported) {
        this.maxDepth = maxDepth;
        this.diagnostics = diagnostics;
        this.urls = urls;
        this.imported = imported;
        this.nesting = new Nesting(diagnostics);
        this.top = new Flow(outline::block, this::sectionHeading);
    }

    /** Reads the content of a root of the article into the top flow. */
    void root(Element root) {
        children(root, top, 1);
        top.flush();
    }

    /** The notes read so far, in order. */
    List<Note> notes() {
        return notes;
    }

    /** A flow for content nested in a block: blocks go to {@code into}, a heading there reads as a paragraph. */
    Flow nestedFlow(Consumer<Block> into) {
        return new Flow(into, (level, text, element, flow) -> {
            diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, element, "a heading inside a list, quote or note "
                    + "is read as a paragraph");
            flow.addParagraph(text);
        });
    }

    void children(Element parent, Flow flow, int depth) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            Node child = parent.childNode(i);
            node(child, flow, depth);
        }
    }

    void node(Node node, Flow flow, int depth) {
        if (node instanceof TextNode text) {
            flow.inline.text(text.getWholeText());
        } else if (node instanceof Element element) {
            element(element, flow, depth);
        } else if (node instanceof Comment) {
            diagnostics.report(HtmlDiagnostic.Kind.REMOVED_COMMENT, node, "comment");
        }
    }

    /** One element in a block context. */
    void element(Element element, Flow flow, int depth) {
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
                inline.inlineChildren(element, flow.inline, flow, depth + 1);
                flow.flush();
            }
            case "ul", "ol", "blockquote" -> {
                flow.flush();
                if (nesting.isFull()) {
                    nesting.flattening(element);
                    children(element, flow, depth + 1);
                    nesting.flattened();
                } else {
                    flow.add(element.nameIs("blockquote") ? quote(element, depth) : lists.list(element, depth));
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
                flow.add(tables.table(element, depth));
            }
            case "figure", "img" -> {
                flow.flush();
                figures.figureOrContent(element, flow, depth);
            }
            case "header" -> {
                flow.flush();
                if (flow == top && !header.isRead() && !outline.hasContent()) {
                    header.read(element, depth);
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
                    inline.inlineElement(element, flow.inline, flow, depth);
                }
            }
        }
    }

    /** Reports and refuses what never enters the model; enforces the depth limit. */
    boolean admit(Element element, int depth) {
        if (figures.isTaken(element)) {
            return false;
        }
        if (depth > maxDepth) {
            throw new ArticleHtmlException("elements nest deeper than the limit of " + maxDepth,
                    diagnostics.path(element));
        }
        if (element.attributesSize() > 0) { // attributes() would give an attribute-less element an empty set
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().regionMatches(true, 0, "on", 0, 2)) {
                    diagnostics.report(HtmlDiagnostic.Kind.REMOVED_ATTRIBUTE, element, "event handler "
                            + attribute.getKey());
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
        if (level == 1 && header.lacksTitle() && flow == top) {
            header.title(inline.plainText(element, depth));
            return;
        }
        RichText text = inline.inlineContent(element, depth);
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

    Quote quote(Element quote, int depth) {
        List<Block> blocks = new ArrayList<>();
        Flow flow = nestedFlow(blocks::add);
        List<Element> attributions = new ArrayList<>();
        Element last = quote.lastElementChild();
        nesting.open(1);
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
        nesting.close(1);
        Optional<String> source = quote.hasAttr("cite") ? urls.safeUrl(quote, "cite") : Optional.empty();
        return new Quote(blocks, inline.captions(attributions, depth + 1), source);
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
    private static final class NoteTitle implements Flow.HeadingSink {
        Optional<String> value = Optional.empty();

        @Override
        public void heading(int level, RichText text, Element element, Flow flow) {
            if (value.isEmpty() && !flow.hasBlocks()) {
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

    private NoteKind noteKind(Element aside) {
        Optional<NoteKind> found = imported.noteKind(aside);
        if (found.isPresent()) {
            return found.get();
        }
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
}
