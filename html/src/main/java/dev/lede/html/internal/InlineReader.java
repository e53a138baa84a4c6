package dev.lede.html.internal;

import dev.lede.RichText;
import dev.lede.html.HtmlDiagnostic;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads inline content: text, emphasis, strong, code, links and line breaks, into an {@link InlineCollector}.
 * Inside a block context a block element met in inline content goes back to the {@link BlockReader}. Arguments
 * are not null unless said. Not thread-safe: one per read.
 */
final class InlineReader {
    private final BlockReader blocks;

    InlineReader(BlockReader blocks) {
        this.blocks = blocks;
    }

    /** The rich text of an element whose content is inline only (a paragraph, heading, cell, caption). */
    RichText inlineContent(Element element, int depth) {
        InlineCollector inline = new InlineCollector(false);
        inlineChildren(element, inline, null, depth + 1);
        return inline.finish();
    }

    String plainText(Element element, int depth) {
        InlineCollector inline = new InlineCollector(true);
        inlineChildren(element, inline, null, depth + 1);
        return inline.finishPlain();
    }

    /**
     * The caption of a figure, quote or table, which the model gives one: several are read as one text, a
     * space between them. Empty when there is none.
     */
    Optional<RichText> captions(List<Element> captions, int depth) {
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

    /** The content of {@code parent}; {@code flow} is the block context, or null in inline-only content. */
    void inlineChildren(Element parent, InlineCollector inline, Flow flow, int depth) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            Node child = parent.childNode(i);
            if (child instanceof TextNode text) {
                inline.text(text.getWholeText());
            } else if (child instanceof Element element) {
                if (flow != null) {
                    blocks.element(element, flow, depth);
                } else if (blocks.admit(element, depth)) {
                    inlineElement(element, inline, null, depth);
                }
            } else if (child instanceof Comment) {
                blocks.diagnostics.report(HtmlDiagnostic.Kind.REMOVED_COMMENT, child, "comment");
            }
        }
    }

    /**
     * One inline element. Inside a block context ({@code flow} not null) a block element met inside it ends
     * the paragraph and is read as a block; inside inline-only content it is unwrapped, its edges read as
     * white space.
     */
    void inlineElement(Element element, InlineCollector inline, Flow flow, int depth) {
        switch (element.normalName()) {
            case "em", "i" -> wrapped(element, inline, InlineCollector.Kind.EMPHASIS, flow, depth);
            case "strong", "b" -> wrapped(element, inline, InlineCollector.Kind.STRONG, flow, depth);
            case "code" -> wrapped(element, inline, InlineCollector.Kind.CODE, flow, depth);
            case "br" -> inline.lineBreak();
            case "a" -> link(element, inline, flow, depth);
            case "img" -> {
                if (flow == null) {
                    blocks.diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, element, "image inside text");
                } else {
                    flow.flush();
                    blocks.figures.figureOrContent(element, flow, depth);
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
        Nesting nesting = blocks.nesting;
        if (kind != InlineCollector.Kind.CODE && nesting.isFull()) {
            nesting.flattening(element);
            inlineChildren(element, inline, flow, depth + 1);
            nesting.flattened();
            return;
        }
        boolean opened = inline.open(kind);
        int levels = opened && kind != InlineCollector.Kind.CODE ? 1 : 0;
        nesting.open(levels);
        inlineChildren(element, inline, flow, depth + 1);
        nesting.close(levels);
        if (opened) {
            inline.close();
        }
    }

    private void link(Element element, InlineCollector inline, Flow flow, int depth) {
        Nesting nesting = blocks.nesting;
        boolean opened = false;
        if (nesting.isFull() && element.hasAttr("href")) {
            nesting.flattening(element);
            inlineChildren(element, inline, flow, depth + 1);
            nesting.flattened();
            return;
        }
        if (element.hasAttr("href") && !inline.isOpen(InlineCollector.Kind.LINK)) {
            Optional<String> href = blocks.urls.safeUrl(element, "href");
            if (href.isPresent()) {
                Optional<String> title = element.hasAttr("title") ? Optional.of(element.attr("title"))
                        : Optional.empty();
                opened = inline.openLink(href.get(), title);
            }
        }
        int levels = opened ? 1 : 0;
        nesting.open(levels);
        inlineChildren(element, inline, flow, depth + 1);
        nesting.close(levels);
        if (opened) {
            inline.close();
        }
    }
}
