package dev.lede.markdown;

import dev.lede.LedeException;

/**
 * Markdown that Lede cannot turn into an article, or an article that cannot be written within the configured
 * limits: input over the length limit, blocks or inlines nested deeper than the depth limit, front matter that
 * is not YAML or holds a value of the wrong shape. Carries a stable {@link #code() code} for the kind of
 * problem and the 1-based {@link #line() line} of the input where it was found.
 *
 * <p>Unchecked; immutable and safe to share between threads. No accessor returns null.
 */
public final class ArticleMarkdownException extends LedeException {
    private static final long serialVersionUID = 1L;

    /** {@link #code() Code}: input longer than {@code maxInputLength}. */
    public static final String OVER_LIMIT = "markdown.over-limit";
    /** {@link #code() Code}: input or an article nested deeper than {@code maxDepth}. */
    public static final String TOO_DEEP = "markdown.too-deep";
    /** {@link #code() Code}: front matter that is not YAML, or not a mapping. */
    public static final String MALFORMED_FRONT_MATTER = "markdown.malformed-front-matter";
    /**
     * {@link #code() Code}: a front matter value of the wrong shape: a list where text belongs, a date that is
     * not ISO 8601, an address that is not a URI, a size that is not a positive whole number.
     */
    public static final String INVALID_VALUE = "markdown.invalid-value";

    private final String code;
    private final String problem;
    private final long line;

    /**
     * Creates an exception for a problem at a line of the input.
     *
     * @param code the kind of problem, one of this class's codes; not null
     * @param problem what was wrong, for people; not null
     * @param line the 1-based line; zero or less when unknown or when no single line is to blame
     * @param cause the underlying failure; may be null
     */
    public ArticleMarkdownException(String code, String problem, long line, Throwable cause) {
        super(line > 0 ? problem + " (line " + line + ")" : problem, cause);
        this.code = code;
        this.problem = problem;
        this.line = line > 0 ? line : -1;
    }

    /**
     * The kind of problem, stable across versions and meant for programs: {@link #OVER_LIMIT},
     * {@link #TOO_DEEP}, {@link #MALFORMED_FRONT_MATTER} or {@link #INVALID_VALUE}.
     *
     * @return the code; never null
     */
    public String code() {
        return code;
    }

    /**
     * What was wrong, without the location.
     *
     * @return the problem; never null
     */
    public String problem() {
        return problem;
    }

    /**
     * The 1-based line of the input (front matter included) where the problem was found.
     *
     * @return the line, or -1 when unknown or when the input as a whole is to blame
     */
    public long line() {
        return line;
    }
}
