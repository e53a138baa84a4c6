package dev.lede.html.internal;

/** The checks of the size and depth options that {@code ArticleHtml} and {@code PageImporter} share. */
public final class Limits {
    /** The smallest depth limit allowed: an article's own structure needs a few levels. */
    public static final int MIN_DEPTH = 16;
    /** The largest depth limit allowed, far above the roughly 510 levels jsoup's parser keeps. */
    public static final int MAX_DEPTH = 2048;

    private Limits() {}

    /** Returns {@code maxInputLength}, or throws when it is below 1. */
    public static int inputLength(int maxInputLength) {
        if (maxInputLength < 1) {
            throw new IllegalArgumentException("maxInputLength must be at least 1, was " + maxInputLength);
        }
        return maxInputLength;
    }

    /** Returns {@code maxDepth}, or throws when it is outside {@value #MIN_DEPTH}..{@value #MAX_DEPTH}. */
    public static int depth(int maxDepth) {
        if (maxDepth < MIN_DEPTH || maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException(
                    "maxDepth must be between " + MIN_DEPTH + " and " + MAX_DEPTH + ", was " + maxDepth);
        }
        return maxDepth;
    }
}
