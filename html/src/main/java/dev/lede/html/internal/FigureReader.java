package dev.lede.html.internal;

import static dev.lede.html.internal.AttributeValues.integer;

import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.html.HtmlDiagnostic;
import dev.lede.internal.UrlSafety;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads {@code <figure>} and standalone {@code <img>} as figures (image, caption, credit), the article's hero
 * among them, and a figure around a quote as a quote with its caption. Arguments are not null. Not thread-safe:
 * one per read.
 */
final class FigureReader {
    // Parsed once: jsoup parses a query string on every call, which cost more than the reading around it.
    private static final Evaluator CREDIT = QueryParser.parse("[" + Vocabulary.ROLE + "=" + Vocabulary.CREDIT + "]");

    private final BlockReader blocks;
    /** The parts of the figures being read (image, captions, credit), which reading the rest of them skips. */
    private final Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Element> takenOrder = new ArrayList<>();
    private Optional<Figure> hero = Optional.empty();

    FigureReader(BlockReader blocks) {
        this.blocks = blocks;
    }

    /** The hero read so far, if any. */
    Optional<Figure> hero() {
        return hero;
    }

    /** Whether the element is a part of a figure being read, which the rest of the figure's content skips. */
    boolean isTaken(Element element) {
        return taken.contains(element);
    }

    /**
     * A figure or a standalone image; the hero when it stands before any content and no header came first. What
     * else a figure holds (more images, paragraphs) is read after it as blocks of their own.
     */
    void figureOrContent(Element element, Flow flow, int depth) {
        int mark = takenOrder.size();
        Optional<Figure> figure = figure(element, depth);
        if (figure.isPresent()) {
            boolean top = flow == blocks.top;
            boolean headerRead = blocks.header.isRead();
            boolean inHeader = top && headerRead && hero.isEmpty() && isInHeader(element);
            boolean beforeContent = top && !headerRead && hero.isEmpty() && !blocks.outline.hasContent();
            if (inHeader || beforeContent) {
                hero = figure;
            } else {
                flow.add(figure.get());
            }
        } else if (element.nameIs("figure")) {
            Element quote = child(element, "blockquote");
            if (quote != null && child(element, "figcaption") != null && !blocks.nesting.isFull()
                    && blocks.admit(quote, depth + 1)) {
                List<Element> captions = children(element, "figcaption", depth + 1);
                Quote read = blocks.quote(quote, depth + 1);
                flow.add(new Quote(read.blocks(), blocks.inline.captions(captions, depth + 1), read.source()));
                take(quote);
                captions.forEach(this::take);
            }
        }
        if (element.nameIs("figure")) {
            blocks.children(element, flow, depth + 1);
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
            blocks.diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, img, "image without src");
            return Optional.empty();
        }
        Optional<String> safe = blocks.urls.safeUrl(img, "src");
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
            credit = blocks.imported.credit(element);
            Element creditElement = credit.isPresent() ? null : element.selectFirst(CREDIT);
            if (creditElement != null) {
                credit = Optional.of(blocks.inline.plainText(creditElement, depth + 1));
                take(creditElement);
            }
            List<Element> captions = children(element, "figcaption", depth + 1);
            caption = blocks.inline.captions(captions, depth + 1);
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

    /** The first child element named {@code name}, or null. */
    private static Element child(Element parent, String name) {
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs(name)) {
                return child;
            }
        }
        return null;
    }

    /** The child elements named {@code name} that enter the model, in order. */
    private List<Element> children(Element parent, String name, int depth) {
        List<Element> children = new ArrayList<>();
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs(name) && blocks.admit(child, depth)) {
                children.add(child);
            }
        }
        return children;
    }
}
