package dev.lede.json;

import dev.lede.LedeException;

/**
 * JSON input that is not a Lede article in the {@code lede/1} format: malformed JSON, content after the
 * article, an unknown, duplicate or missing property, a value of the wrong type, an unknown format version
 * or block type, or input over a configured limit. Carries where the input went wrong: the JSON pointer of
 * the offending value (RFC 6901, {@code ""} for the document itself), and its line and column, and a stable
 * {@link #code() code} for the kind of problem.
 *
 * <p>Immutable and safe to share between threads. No accessor returns null.
 */
public final class ArticleJsonException extends LedeException {
    private static final long serialVersionUID = 1L;

    /** {@link #code() Code}: malformed JSON or text (a syntax error, bad encoding), or content after the article. */
    public static final String MALFORMED = "json.malformed";
    /** {@link #code() Code}: input over a configured limit (document or line length, nesting, string length). */
    public static final String OVER_LIMIT = "json.over-limit";
    /** {@link #code() Code}: a value of the wrong JSON type, such as a number where a string belongs. */
    public static final String WRONG_TYPE = "json.wrong-type";
    /**
     * {@link #code() Code}: a value of the right JSON type that the format does not allow: an unknown format
     * version, block, inline or note type, a malformed date or URI, a number out of range, a shape the format
     * does not have.
     */
    public static final String INVALID_VALUE = "json.invalid-value";
    /** {@link #code() Code}: a property the object (or its type) does not have. */
    public static final String UNKNOWN_PROPERTY = "json.unknown-property";
    /** {@link #code() Code}: a property given twice in one object. */
    public static final String DUPLICATE_PROPERTY = "json.duplicate-property";
    /** {@link #code() Code}: a required property left out. */
    public static final String MISSING_PROPERTY = "json.missing-property";
    /** {@link #code() Code}: on writing, an article nested deeper than the codec's {@code maxDepth}. */
    public static final String TOO_DEEP = "json.too-deep";
    /**
     * {@link #code() Code}: in JSON Lines, a line's article with validation errors; the cause is the
     * {@link dev.lede.validation.ArticleValidationException}.
     */
    public static final String INVALID_ARTICLE = "json.invalid-article";

    private final String code;
    private final String problem;
    private final String pointer;
    private final long line;
    private final long column;

    /**
     * Creates an exception for a problem at a place in the input.
     *
     * @param code the kind of problem, one of this class's codes, such as {@link #WRONG_TYPE}; not null
     * @param problem what was wrong, for people, such as {@code expected a string, found a number}; not null
     * @param pointer the JSON pointer of the offending value; not null
     * @param line the 1-based line; zero or less when unknown
     * @param column the 1-based column; zero or less when unknown
     * @param cause the underlying failure; may be null
     */
    public ArticleJsonException(String code, String problem, String pointer, long line, long column,
            Throwable cause) {
        super(message(problem, pointer, line, column), cause);
        this.code = code;
        this.problem = problem;
        this.pointer = pointer;
        this.line = line > 0 ? line : -1;
        this.column = column > 0 ? column : -1;
    }

    private static String message(String problem, String pointer, long line, long column) {
        StringBuilder message = new StringBuilder(problem).append(" at \"").append(pointer).append('"');
        if (line > 0) {
            message.append(" (line ").append(line);
            if (column > 0) {
                message.append(", column ").append(column);
            }
            message.append(')');
        }
        return message.toString();
    }

    /**
     * The kind of problem, stable across versions and meant for programs, as {@code Violation.code()} is for
     * validation: one of {@link #MALFORMED}, {@link #OVER_LIMIT}, {@link #WRONG_TYPE}, {@link #INVALID_VALUE},
     * {@link #UNKNOWN_PROPERTY}, {@link #DUPLICATE_PROPERTY}, {@link #MISSING_PROPERTY}, {@link #TOO_DEEP} and
     * {@link #INVALID_ARTICLE}. The {@link #problem() problem}'s words may change; the code does not.
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
     * The JSON pointer (RFC 6901) of the offending value, such as {@code /sections/0/blocks/2/type};
     * {@code ""} for the document as a whole.
     *
     * @return the pointer; never null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The 1-based line of the input where the problem was found; for JSON Lines, the line of the stream.
     *
     * @return the line, or -1 when unknown
     */
    public long line() {
        return line;
    }

    /**
     * The 1-based column of the input where the problem was found.
     *
     * @return the column, or -1 when unknown
     */
    public long column() {
        return column;
    }
}
