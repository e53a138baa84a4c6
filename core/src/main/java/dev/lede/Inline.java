package dev.lede;

import static dev.lede.internal.Checks.notNull;
import static dev.lede.internal.Checks.optional;

import java.util.Optional;

/**
 * A run of text inside a {@link RichText}: plain text, emphasis, strong importance, inline code, a link or a
 * line break. A closed family of immutable records; converters dispatch over it with a {@link Visitor}.
 *
 * <p>No component is ever null. All implementations are immutable and safe to share between threads.
 */
public sealed interface Inline
        permits Inline.Text, Inline.Emphasis, Inline.Strong, Inline.Code, Inline.Link, Inline.LineBreak {

    /**
     * Calls the visitor method for this kind of inline.
     *
     * @param visitor the visitor; not null
     * @param <R> what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * Plain text. Adjacent texts are merged and empty texts dropped by {@link RichText}, so a rich text never
     * holds two texts in a row.
     *
     * @param text the characters, exactly as written (no whitespace is collapsed); not null
     */
    record Text(String text) implements Inline {
        /** Checks the component. */
        public Text {
            notNull(text, "text");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitText(this);
        }
    }

    /**
     * Stress emphasis ({@code <em>}).
     *
     * @param content what is emphasised; not null
     */
    record Emphasis(RichText content) implements Inline {
        /** Checks the component. */
        public Emphasis {
            notNull(content, "content");
        }

        /**
         * Emphasis on plain text.
         *
         * @param text the emphasised text; not null
         * @return the emphasis
         */
        public static Emphasis of(String text) {
            return new Emphasis(RichText.of(text));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitEmphasis(this);
        }
    }

    /**
     * Strong importance ({@code <strong>}).
     *
     * @param content what is marked strong; not null
     */
    record Strong(RichText content) implements Inline {
        /** Checks the component. */
        public Strong {
            notNull(content, "content");
        }

        /**
         * Strong importance on plain text.
         *
         * @param text the text; not null
         * @return the strong inline
         */
        public static Strong of(String text) {
            return new Strong(RichText.of(text));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStrong(this);
        }
    }

    /**
     * Inline code ({@code <code>}); its text is kept exactly, whitespace included.
     *
     * @param code the code; not null
     */
    record Code(String code) implements Inline {
        /** Checks the component. */
        public Code {
            notNull(code, "code");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCode(this);
        }
    }

    /**
     * A hyperlink. The target is kept as the string it was written as, not as a {@link java.net.URI}, because
     * a draft must be able to hold any target (including ones {@code java.net.URI} rejects, and unsafe ones)
     * so that the validator can report it; renderers never write an unsafe target.
     *
     * @param href the link target; not null
     * @param title the advisory title, if any; not null
     * @param content the link text; not null
     */
    record Link(String href, Optional<String> title, RichText content) implements Inline {
        /** Checks the components. */
        public Link {
            notNull(href, "href");
            optional(title, "title");
            notNull(content, "content");
        }

        /**
         * A link without a title.
         *
         * @param href the target; not null
         * @param text the link text; not null
         * @return the link
         */
        public static Link of(String href, String text) {
            return new Link(href, Optional.empty(), RichText.of(text));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLink(this);
        }
    }

    /** A hard line break ({@code <br>}). All line breaks are equal. */
    record LineBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLineBreak(this);
        }
    }

    /**
     * One method per kind of inline, so that a converter handles every kind or does not compile.
     *
     * @param <R> what each visit returns
     */
    interface Visitor<R> {
        /**
         * @param text the text
         * @return the result
         */
        R visitText(Text text);

        /**
         * @param emphasis the emphasis
         * @return the result
         */
        R visitEmphasis(Emphasis emphasis);

        /**
         * @param strong the strong inline
         * @return the result
         */
        R visitStrong(Strong strong);

        /**
         * @param code the inline code
         * @return the result
         */
        R visitCode(Code code);

        /**
         * @param link the link
         * @return the result
         */
        R visitLink(Link link);

        /**
         * @param lineBreak the line break
         * @return the result
         */
        R visitLineBreak(LineBreak lineBreak);
    }
}
