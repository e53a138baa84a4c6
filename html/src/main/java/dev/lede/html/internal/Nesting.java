package dev.lede.html.internal;

import dev.lede.html.HtmlDiagnostic;
import dev.lede.validation.ArticleValidator;
import org.jsoup.nodes.Element;

/**
 * The model level of what is being read, below its section or note: quotes, list items and inlines open one
 * each. An element that would go deeper is read as its content, so the reader never makes an article that the
 * validator or the JSON writer refuses as too deep. Arguments are not null. Not thread-safe: one per read.
 */
final class Nesting {
    /**
     * The deepest quote, list item, emphasis, strong or link read as such, in levels of the model below the
     * section or note holding it: the validator's (and JSON codec's) limit less six levels for sections
     * ({@code h1} to {@code h6}).
     */
    static final int MAX_LEVEL = ArticleValidator.DEFAULT_MAX_DEPTH - 6;

    private final Diagnostics diagnostics;
    private int level;
    /** How many elements too deep are being read as their content: only the outermost is reported. */
    private int flattening;

    Nesting(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Whether one more level would be too deep. */
    boolean isFull() {
        return level >= MAX_LEVEL;
    }

    void open(int levels) {
        level += levels;
    }

    void close(int levels) {
        level -= levels;
    }

    /**
     * Starts reading an element nested too deep as its content (the caller calls {@link #flattened} after),
     * reporting only the outermost such element. Not a method taking the content as a lambda: that costs stack
     * frames on a path that recurses once per element.
     */
    void flattening(Element element) {
        if (flattening++ == 0) {
            diagnostics.report(HtmlDiagnostic.Kind.UNSUPPORTED, element, element.normalName() + " nested more than "
                    + MAX_LEVEL + " levels deep, and what it holds, read without that nesting");
        }
    }

    void flattened() {
        flattening--;
    }
}
