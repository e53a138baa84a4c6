package dev.lede.json;

import dev.lede.LedeException;

/**
 * JSON input that is not a Lede article in the {@code lede/1} format: malformed JSON, content after the
 * article, an unknown, duplicate or missing property, a value of the wrong type, an unknown format version
 * or block type, or input over a configured limit. Carries where the input went wrong: the JSON pointer of
 * the offending value (RFC 6901, {@code ""} for the document itself), and its line and column.
 *
 * <p>Immutable and safe to share between threads. No accessor returns null.
 */
public final class ArticleJsonException extends LedeException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String pointer;
    private final long line;
    private final long column;

    /**
     * Creates an exception for a problem at a place in the input.
     *
     * @param problem what was wrong, for people, such as {@code expected a string, found a number}; not null
     * @param pointer the JSON pointer of the offending value; not null
     * @param line the 1-based line; zero or less when unknown
     * @param column the 1-based column; zero or less when unknown
     * @param cause the underlying failure; may be null
     */
    public ArticleJsonException(String problem, String pointer, long line, long column, Throwable cause) {
        super(message(problem, pointer, line, column), cause);
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
