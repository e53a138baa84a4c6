package dev.lede.html;

import dev.lede.LedeException;
import java.util.Optional;

/**
 * HTML that Lede cannot turn into an article, or an article that cannot be written within the configured
 * limits: input over the size cap, nesting deeper than the depth cap. Unchecked; immutable and thread-safe.
 */
public class ArticleHtmlException extends LedeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates an exception about a place in the input.
     *
     * @param message what went wrong; not null
     * @param path a CSS-like path to the element where it went wrong, such as
     *     {@code "article > ul > li:nth-child(3)"}; null when no single element is to blame
     */
    public ArticleHtmlException(String message, String path) {
        super(path == null ? message : message + " at " + path);
        this.path = path;
    }

    /**
     * Creates an exception about a place in the input, caused by a lower-level failure.
     *
     * @param message what went wrong; not null
     * @param path a CSS-like path to the element where it went wrong; null when no single element is to blame
     * @param cause the underlying failure; may be null
     */
    public ArticleHtmlException(String message, String path, Throwable cause) {
        super(path == null ? message : message + " at " + path, cause);
        this.path = path;
    }

    /**
     * Where the input went wrong.
     *
     * @return a CSS-like path to the element, or empty when the whole input is to blame
     */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }
}
