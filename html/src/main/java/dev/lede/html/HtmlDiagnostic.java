package dev.lede.html;

import java.util.Objects;

/**
 * Something the reader left out of the article, and where it was. Immutable and thread-safe.
 *
 * @param kind what sort of thing was left out; not null
 * @param path a CSS-like path to the element, such as {@code "article > p:nth-child(2) > script"}; not null
 * @param detail a short explanation for people; not null
 */
public record HtmlDiagnostic(Kind kind, String path, String detail) {
    /** Checks the components. */
    public HtmlDiagnostic {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }

    /** What sort of thing the reader left out. */
    public enum Kind {
        /** An element that never enters the model, with its content: script, style, form controls, svg. */
        REMOVED_ELEMENT,
        /** An event-handler attribute ({@code on...}). */
        REMOVED_ATTRIBUTE,
        /** A link, image or citation whose scheme is not http, https, mailto or relative, or unparsable. */
        UNSAFE_URL,
        /** An HTML comment. */
        REMOVED_COMMENT,
        /** Markup with no place in the model, such as an image inside a paragraph; its text is kept if any. */
        UNSUPPORTED,
        /**
         * Text with no place in the model, left out: a third date in the header, an unreadable date, a label
         * beside the header's metadata ("Updated", "Posted by"). The detail ends with the text in full, quoted,
         * after {@code ": "}.
         */
        DROPPED_TEXT,
        /** The reader stopped recording diagnostics after the limit; more things were left out. */
        TRUNCATED
    }
}
