package dev.lede;

/**
 * The root of every exception Lede throws for bad input: malformed JSON or HTML, an article that fails
 * validation, an input over a configured limit. Catching this type catches all of them; the subtypes carry
 * where the input went wrong.
 *
 * <p>Programming errors (a {@code null} argument, an impossible option value) are reported with the usual
 * {@link NullPointerException} and {@link IllegalArgumentException} instead, naming the parameter.
 */
public class LedeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message for people.
     *
     * @param message what went wrong and where; not null
     */
    public LedeException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the lower-level cause.
     *
     * @param message what went wrong and where; not null
     * @param cause the underlying failure; may be null
     */
    public LedeException(String message, Throwable cause) {
        super(message, cause);
    }
}
