package dev.lede.html.internal.page;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Undoes markup that uses a structure for layout, so that the reader sees the blocks a reader of the page sees.
 * A layout table becomes its cells' blocks in reading order; a list whose every item opens with a heading (a
 * "features" grid, a list of headed cards) becomes the sections it stands for, when it ends its section (the
 * model has no place for text after a section's subsections); an image and its caption side by side in a
 * wrapper become the figure they stand for. Stateless and thread-safe.
 */
final class Layout {
    /** What a data cell does not hold: the blocks of a page's layout column. */
    private static final String CELL_BLOCKS = "h1, h2, h3, h4, h5, h6, ul, ol, blockquote, pre, figure, table";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PRESENTATION = Set.of("presentation", "none");
    private static final Evaluator IMAGE = QueryParser.parse("img, picture");
    private static final Evaluator FIGURE = QueryParser.parse("figure");
    /** Wrappers that stand for more than one figure: a caption never makes them a figure. */
    private static final Set<String> NOT_FIGURES = Set.of("html", "body", "main", "article", "figure", "ul", "ol",
            "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements between an image and its wrapper that are never the figure themselves. */
    private static final Set<String> PASSED_THROUGH = Set.of("a", "picture");
    /** How far above its image a wrapper may be and still pair it with a caption. */
    private static final int MAX_CAPTION_LEVELS = 4;

    private Layout() {}

    /**
     * Rewrites the layout structures inside the content, innermost first, so that a data table inside a layout
     * table stays a table. The content element itself keeps its place and identity.
     *
     * @param content the article's content, changed in place
     */
    static void normalise(Element content) {
        List<Element> tables = content.select("table");
        for (int i = tables.size() - 1; i >= 0; i--) {
            if (tables.get(i) != content && isLayoutTable(tables.get(i))) {
                unwrapTable(tables.get(i));
            }
        }
        List<Element> lists = content.select("ul, ol");
        for (int i = lists.size() - 1; i >= 0; i--) {
            if (lists.get(i) != content && isHeadedList(lists.get(i)) && endsSection(lists.get(i), content)) {
                unwrapList(lists.get(i));
            }
        }
    }

    /**
     * Turns each image that has a caption beside it in the same wrapper, and nothing else with text, into a
     * {@code <figure>} with that {@code <figcaption>}: page builders write a captioned picture as a {@code div}
     * holding the image and a {@code <figcaption>}, {@code <p class="wp-caption-text">} or
     * {@code <span itemprop="caption">}. The search starts from the images, a few levels up, and looks at each
     * wrapper once, so the work stays linear in the page's size.
     *
     * @param root the part of the page to rewrite in place
     */
    static void captionedImages(Element root) {
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element image : root.getElementsByTag("img")) {
            if (image.closest(FIGURE) != null) {
                continue; // a figure's caption is the figure's business
            }
            Element wrapper = image.parent();
            for (int level = 0; level < MAX_CAPTION_LEVELS && wrapper != null && wrapper != root
                    && !NOT_FIGURES.contains(wrapper.normalName()) && seen.add(wrapper); level++) {
                if (!PASSED_THROUGH.contains(wrapper.normalName())) {
                    Element caption = captionChild(wrapper);
                    if (caption != null) {
                        int words = Text.words(caption.text());
                        if (words > 0 && Text.words(wrapper.text()) == words && isSingleImage(wrapper)) {
                            wrapper.tagName("figure").appendChild(caption.tagName("figcaption"));
                        }
                        break;
                    }
                    if (wrapper.hasText()) {
                        break; // text beside the image that is no caption: the wrapper is more than a figure
                    }
                }
                wrapper = wrapper.parent();
            }
        }
    }

    /** The first child that says it is a caption and holds no image. */
    private static Element captionChild(Element wrapper) {
        for (Element child : wrapper.children()) {
            if ((child.nameIs("figcaption") || containsCaption(child.className())
                    || containsCaption(child.attr("itemprop"))) && child.selectFirst(IMAGE) == null) {
                return child;
            }
        }
        return null;
    }

    private static boolean containsCaption(String value) {
        return value.toLowerCase(Locale.ROOT).contains("caption");
    }

    /** Whether the wrapper holds one image (a {@code <picture>} and its {@code <img>} are one). */
    private static boolean isSingleImage(Element wrapper) {
        List<Element> images = wrapper.select(IMAGE);
        return images.size() == 1 || images.size() == 2 && images.get(1).parent() == images.get(0);
    }

    /**
     * A table used for layout: one that says so ({@code role=presentation}), one that holds another table, one
     * with a single column and no header cell, or one whose cells hold headings, lists, quotes, code or figures
     * rather than values. A table with a caption or header cells is data.
     */
    static boolean isLayoutTable(Element table) {
        if (PRESENTATION.contains(table.attr("role").strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        List<Element> cells = ownCells(table);
        if (cells.isEmpty()) {
            return false;
        }
        for (Element cell : cells) {
            if (cell.selectFirst("table") != null) {
                return true;
            }
        }
        if (table.selectFirst("caption, thead") != null || cells.stream().anyMatch(cell -> cell.nameIs("th"))) {
            return false;
        }
        boolean singleColumn = true;
        for (Element row : ownRows(table)) {
            singleColumn &= row.select("> td, > th").size() <= 1;
        }
        if (singleColumn) {
            return true;
        }
        for (Element cell : cells) {
            if (cell.selectFirst(CELL_BLOCKS) != null) {
                return true;
            }
        }
        return false;
    }

    /** The table's rows, not those of a table nested in it. */
    private static List<Element> ownRows(Element table) {
        return table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
    }

    private static List<Element> ownCells(Element table) {
        return table.select("> tr > td, > tr > th, > thead > tr > td, > thead > tr > th, > tbody > tr > td, "
                + "> tbody > tr > th, > tfoot > tr > td, > tfoot > tr > th");
    }

    /**
     * Replaces the table by its caption and its cells, each a block of its own, row by row; a table of one image
     * over one line of text (as blog editors lay out a captioned picture) becomes that figure.
     */
    private static void unwrapTable(Element table) {
        List<Element> cells = ownCells(table);
        if (cells.size() == 2 && cells.get(0).parent() != cells.get(1).parent() && isImageOnly(cells.get(0))
                && !cells.get(1).text().isBlank()
                && cells.get(1).selectFirst("img, picture, " + CELL_BLOCKS) == null) {
            Element figure = new Element("figure");
            figure.appendChildren(Removals.detachChildren(cells.get(0)));
            figure.appendElement("figcaption").appendChildren(Removals.detachChildren(cells.get(1)));
            table.replaceWith(figure);
            return;
        }
        Element blocks = new Element("div");
        Element caption = table.selectFirst("> caption");
        if (caption != null) {
            blocks.appendChild(caption.tagName("p"));
        }
        for (Element cell : cells) {
            blocks.appendChild(cell.tagName("div").clearAttributes());
        }
        table.replaceWith(blocks);
    }

    private static boolean isImageOnly(Element cell) {
        return cell.text().isBlank() && cell.select("img").size() == 1;
    }

    /** A list of two or more items, every one of which opens with a heading (after images without text). */
    static boolean isHeadedList(Element list) {
        List<Element> items = list.children();
        if (items.size() < 2) {
            return false;
        }
        for (Element item : items) {
            if (!item.nameIs("li") || openingHeading(item) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether nothing but a heading, or a block that opens with one, follows the list (or the content ends): only
     * then can its items become sections without taking the text after the list into the last of them.
     */
    private static boolean endsSection(Element list, Element content) {
        for (Element e = list; e != content; e = e.parent()) {
            for (Node next = e.nextSibling(); next != null; next = next.nextSibling()) {
                if (next instanceof Element element && opensWithHeading(element)) {
                    return true;
                }
                if (next instanceof TextNode text && !text.isBlank() || next instanceof Element element
                        && (!element.text().isBlank() || element.selectFirst("img, picture, table") != null)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the element is a heading or its text begins inside one. */
    private static boolean opensWithHeading(Element element) {
        Element current = element;
        while (!HEADINGS.contains(current.normalName())) {
            Element opening = null;
            for (Node node : current.childNodes()) {
                if (node instanceof TextNode text && !text.isBlank()) {
                    return false;
                }
                if (node instanceof Element child && !child.text().isBlank()) {
                    opening = child;
                    break;
                }
            }
            if (opening == null) {
                return false;
            }
            current = opening;
        }
        return true;
    }

    /** The heading child the item opens with, when only nodes without text come before it. */
    private static Element openingHeading(Element item) {
        for (Node node : item.childNodes()) {
            if (node instanceof Element element) {
                if (HEADINGS.contains(element.normalName())) {
                    return element.text().isBlank() ? null : element;
                }
                if (!element.text().isBlank()) {
                    return null;
                }
            } else if (node instanceof TextNode text && !text.isBlank()) {
                return null;
            }
        }
        return null;
    }

    /** Turns each item into a section: its heading first, then the rest of the item in order. */
    private static void unwrapList(Element list) {
        for (Element item : list.children()) {
            Element heading = openingHeading(item);
            item.prependChild(heading);
            item.tagName("div").clearAttributes();
        }
        list.tagName("div").clearAttributes();
    }
}
