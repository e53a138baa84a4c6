package dev.lede.markdown;

import java.util.Objects;

/**
 * Something Markdown could not carry on writing, or something of the input the reader left out. Immutable and
 * thread-safe.
 *
 * @param kind what sort of thing it is; not null
 * @param where on writing, the path of the part in the article, such as {@code sections[0].blocks[2]}; on
 *     reading, the line, such as {@code line 12}; not null
 * @param detail a short explanation for people; not null
 */
public record MarkdownDiagnostic(Kind kind, String where, String detail) {
    /** Checks the components. */
    public MarkdownDiagnostic {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(where, "where must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }

    /** What sort of thing was changed or left out. */
    public enum Kind {
        /**
         * On writing, a part of the article Markdown cannot hold, written as near as it can be (the module's
         * README lists them): an image's size, a table cell's span, a line break in a heading, and so on.
         */
        NOT_HELD,
        /** A link, image or quote source whose scheme is not http, https, mailto or relative; its text is kept. */
        UNSAFE_URL,
        /** On reading, raw HTML, which never enters the model; an HTML block's text is left out too. */
        RAW_HTML,
        /** On reading, Markdown with no place in the model, such as an image inside a paragraph's text. */
        UNSUPPORTED,
        /** On reading, a front matter key the format does not know. */
        UNKNOWN_KEY,
        /** Diagnostics stopped after the limit of {@value ArticleMarkdown#MAX_DIAGNOSTICS}; there were more. */
        TRUNCATED
    }
}
