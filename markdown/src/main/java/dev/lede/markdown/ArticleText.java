package dev.lede.markdown;

import dev.lede.Article;
import java.util.Objects;

/**
 * Writes an article as plain text with a stable layout, for search indexes, diffs and readers without Markdown:
 * {@link Article#plainText()} ended by a line feed. The layout: the title, then the subtitle, the hero's caption
 * and credit, the lead's blocks, each section's heading followed by its blocks and subsections, and the notes'
 * titles and blocks, every part separated by one blank line and empty parts left out. No markup: list items and
 * table rows are lines, table cells are separated by a tab, and a heading is a line of its own like a short
 * paragraph.
 *
 * <p>Stateless and thread-safe. No method accepts or returns null.
 */
public final class ArticleText {
    private ArticleText() {}

    /**
     * Writes an article as plain text.
     *
     * @param article the article; not null
     * @return the text, ending in a line feed; never null
     */
    public static String write(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        return article.plainText() + "\n";
    }
}
