package dev.lede.markdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown output line by line under a stack of container prefixes: {@code > } for a quote, a list marker on an
 * item's first line and its width in spaces on the lines after. Blocks in one container are separated by a blank
 * line unless the container is a tight list. Not thread-safe.
 */
final class Lines {
    private final StringBuilder out = new StringBuilder();
    private final List<Prefix> prefixes = new ArrayList<>();
    private boolean blankPending;

    private static final class Prefix {
        final String first;
        final String rest;
        boolean used;

        Prefix(String first, String rest) {
            this.first = first;
            this.rest = rest;
        }
    }

    /** Starts a block: a blank line first if a block came before it in this container. */
    void startBlock() {
        if (blankPending) {
            StringBuilder line = new StringBuilder();
            for (Prefix prefix : prefixes) {
                line.append(prefix.used ? prefix.rest : prefix.first);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            blankPending = false;
        }
    }

    /** Ends a block: the next one in this container is set apart by a blank line unless {@code tight}. */
    void endBlock(boolean tight) {
        blankPending = !tight;
    }

    /** Writes text that may hold line ends, each line under the current prefixes. */
    void text(String text) {
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            line(text.substring(start, end));
            start = end + 1;
        }
        line(text.substring(start));
    }

    /** Writes one line under the current prefixes; an empty line loses the prefixes' trailing spaces. */
    void line(String content) {
        int lineStart = out.length();
        for (Prefix prefix : prefixes) {
            out.append(prefix.used ? prefix.rest : prefix.first);
            prefix.used = true;
        }
        if (content.isEmpty()) {
            int end = out.length();
            while (end > lineStart && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
        }
        out.append(content).append('\n');
    }

    /** Opens a container whose first line starts with {@code first} and whose other lines with {@code rest}. */
    void push(String first, String rest) {
        prefixes.add(new Prefix(first, rest));
        blankPending = false;
    }

    /** Closes the innermost container; the block after it is set apart by a blank line. */
    void pop() {
        prefixes.remove(prefixes.size() - 1);
        blankPending = true;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
