package dev.lede.markdown.internal;

import dev.lede.markdown.ArticleMarkdownException;

/**
 * A bound on the work commonmark-java's inline parser does for one run of inline text, checked on the raw text
 * before parsing. That parser keeps every emphasis delimiter of a paragraph on its stack until the paragraph
 * ends, and each closing bracket of a link walks the whole stack: {@code "*a* [c](u) "} repeated 32,000 times
 * (350 KB) takes minutes. The scan counts, for each {@code ]}, the runs of {@code *} and {@code _} before it in
 * the same run of text, which is at least that walk's length, and refuses the input when a run's sum passes
 * {@value #MAX_STEPS}: about a second of parsing. Ordinary text stays far below (a paragraph of 1,000 emphases
 * and 1,000 links is a million).
 *
 * <p>A run ends where a paragraph surely does: at a blank line, and at a line that opens a block of its own (a
 * heading, a table row, a list item, a code fence). Code between fences is not counted. Ending runs too late only
 * counts more, so the bound errs on the side of refusing. Stateless and thread-safe.
 */
final class InlineWork {
    /** The most delimiter-stack steps one run of inline text may cost. */
    static final long MAX_STEPS = 50_000_000L;

    private InlineWork() {}

    /**
     * Refuses the text when one of its runs of inline text would cost the inline parser more than
     * {@link #MAX_STEPS}.
     *
     * @param text the Markdown body
     * @param firstLine the 1-based line of the input where the text starts, for the message
     * @throws ArticleMarkdownException with code {@code markdown.over-limit}, naming the run's first line
     */
    static void check(String text, long firstLine) {
        long steps = 0;
        long delimiterRuns = 0;
        long runLine = firstLine;
        boolean inCode = false;
        long line = firstLine;
        for (int start = 0; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int content = indentEnd(text, start, end);
            if (isFence(text, content, end)) {
                inCode = !inCode;
            }
            if (inCode || content == end || opensBlock(text, content, end)) {
                steps = 0;
                delimiterRuns = 0;
                runLine = content == end ? line + 1 : line; // a blank line starts nothing; the next line does
            }
            if (!inCode) {
                for (int i = content; i < end; i++) {
                    char c = text.charAt(i);
                    if (c == '\\') {
                        i++; // an escaped character is text, not a delimiter or a bracket
                    } else if ((c == '*' || c == '_') && (i == content || text.charAt(i - 1) != c)) {
                        delimiterRuns++;
                    } else if (c == ']') {
                        steps += delimiterRuns;
                        if (steps > MAX_STEPS) {
                            throw new ArticleMarkdownException(ArticleMarkdownException.OVER_LIMIT, "text mixes "
                                    + "emphasis and links beyond what the Markdown parser reads in linear time (over "
                                    + MAX_STEPS + " steps); split it into paragraphs", runLine, null);
                        }
                    }
                }
            }
            start = end + 1;
        }
    }

    /** Where the line's text starts after spaces and tabs ({@code end} for a blank line). */
    private static int indentEnd(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static boolean isFence(String text, int content, int end) {
        return content + 3 <= end && (text.startsWith("```", content) || text.startsWith("~~~", content));
    }

    /** Whether the line opens a block whose inline text is parsed apart: a heading, table row or list item. */
    private static boolean opensBlock(String text, int content, int end) {
        char c = text.charAt(content);
        if (c == '#' || c == '|') {
            return true;
        }
        boolean spaced = content + 1 < end && text.charAt(content + 1) == ' ';
        if ((c == '-' || c == '+' || c == '*') && spaced) {
            return true;
        }
        int i = content;
        while (i < end && i - content < 9 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > content && i < end && (text.charAt(i) == '.' || text.charAt(i) == ')');
    }
}
