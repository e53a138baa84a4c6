package dev.lede.markdown;

import dev.lede.Article;
import dev.lede.markdown.internal.HtmlTables;
import dev.lede.markdown.internal.MarkdownReader;
import dev.lede.markdown.internal.MarkdownWriter;
import dev.lede.validation.ArticleValidationException;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.internal.Engine;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes articles as Markdown and reads articles from Markdown: CommonMark with GFM tables, the metadata as
 * YAML front matter, parsed by commonmark-java. The mapping, and what Markdown cannot hold, is the table in the
 * module's README.
 *
 * <pre>{@code
 * ArticleMarkdown markdown = ArticleMarkdown.standard();
 * String text = markdown.write(article);
 * Article back = markdown.read(text);              // equal to article, within the Markdown subset
 * }</pre>
 *
 * <p>Text is escaped so that commonmark's parser reads back the same text and no raw HTML; links and images
 * whose scheme is not http, https or mailto (or relative) are neither written nor read as links. What cannot be
 * written as it is, is written as near as it can be and reported by {@link #writeWithDiagnostics}; what the reader
 * leaves out is reported by {@link #readWithDiagnostics}.
 *
 * <p>Instances are immutable and thread-safe: build one and share it. No method accepts or returns null.
 */
public final class ArticleMarkdown {
    /** The default limit on the length of the input, in characters: ten million, as {@code ArticleHtml}'s. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 10_000_000;

    /**
     * The default nesting limit, in levels of the model as {@link ArticleValidator.Builder#maxDepth(int)} counts
     * them, shared with the validator: {@value}.
     */
    public static final int DEFAULT_MAX_DEPTH = ArticleValidator.DEFAULT_MAX_DEPTH;

    /** The most diagnostics one write or read reports; a last {@code TRUNCATED} one counts the rest. */
    public static final int MAX_DIAGNOSTICS = 1_000;

    /**
     * Markdown nesting a model level can need: a list item is a list and an item in commonmark's tree. Plus the
     * document, a paragraph and its text, and room for a table's rows and cells.
     */
    private static final int NODES_PER_LEVEL = 2;
    private static final int NODES_BELOW = 8;

    private static final ArticleMarkdown STANDARD = builder().build();

    private final boolean frontMatter;
    private final boolean rawHtml;
    private final int maxInputLength;
    private final int maxDepth;
    private final boolean validate;
    private final ArticleValidator validator;
    private final MarkdownReader.Parsing parsing;
    /** Null unless raw HTML is on: lede-html is loaded only then. */
    private final HtmlTables htmlTables;

    private ArticleMarkdown(Builder builder) {
        this.frontMatter = builder.frontMatter;
        this.rawHtml = builder.rawHtml;
        this.maxInputLength = builder.maxInputLength;
        this.maxDepth = builder.maxDepth;
        this.validate = builder.validate;
        this.validator = builder.validator;
        this.htmlTables = rawHtml ? new HtmlTables() : null;
        this.parsing = new MarkdownReader.Parsing(NODES_PER_LEVEL * maxDepth + NODES_BELOW, htmlTables);
    }

    /**
     * The converter with the default options: front matter on, inputs up to
     * {@value #DEFAULT_MAX_INPUT_LENGTH} characters, nesting up to {@value #DEFAULT_MAX_DEPTH} levels, no
     * validation on read.
     *
     * @return the shared standard converter; never null
     */
    public static ArticleMarkdown standard() {
        return STANDARD;
    }

    /**
     * Starts configuring a converter with the default options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this converter's options, to make a variant of it.
     *
     * @return a new builder
     */
    public Builder rebuild() {
        Builder builder = new Builder();
        builder.frontMatter = frontMatter;
        builder.rawHtml = rawHtml;
        builder.maxInputLength = maxInputLength;
        builder.maxDepth = maxDepth;
        builder.validate = validate;
        builder.validator = validator;
        return builder;
    }

    /**
     * Writes an article as Markdown.
     *
     * @param article the article; not null
     * @return the Markdown, LF line ends; never null
     * @throws ArticleMarkdownException if the article nests deeper than {@link Builder#maxDepth(int) maxDepth}
     */
    public String write(Article article) {
        return writeWithDiagnostics(article).markdown();
    }

    /**
     * Writes an article as Markdown and reports what Markdown could not hold of it (an image's size, a table's
     * spans, ...; the module's README lists them). With no diagnostics, the Markdown reads back equal to the
     * article.
     *
     * @param article the article; not null
     * @return the Markdown and the diagnostics; never null
     * @throws ArticleMarkdownException if the article nests deeper than {@link Builder#maxDepth(int) maxDepth}
     */
    public MarkdownWriteResult writeWithDiagnostics(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        checkDepth(article, maxDepth);
        return MarkdownWriter.write(article, frontMatter, htmlTables);
    }

    /**
     * Reads an article from Markdown.
     *
     * @param markdown the Markdown, with or without front matter; not null
     * @return the article; never null
     * @throws ArticleMarkdownException if the input is over a limit or its front matter is malformed
     * @throws ArticleValidationException if validation is on and the article has errors
     */
    public Article read(String markdown) {
        return readWithDiagnostics(markdown).article();
    }

    /**
     * Reads an article from a reader holding Markdown, to its end; the reader is not closed. Reading stops one
     * character past the length limit.
     *
     * @param markdown the Markdown; not null
     * @return the article; never null
     * @throws ArticleMarkdownException if the input is over a limit or its front matter is malformed
     * @throws ArticleValidationException if validation is on and the article has errors
     * @throws UncheckedIOException if the reader fails
     */
    public Article read(Reader markdown) {
        Objects.requireNonNull(markdown, "markdown must not be null");
        try {
            return read(text(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an article from a Markdown file in UTF-8 (bytes that are not UTF-8 become U+FFFD).
     *
     * @param markdown the file; not null
     * @return the article; never null
     * @throws ArticleMarkdownException if the input is over a limit or its front matter is malformed
     * @throws ArticleValidationException if validation is on and the article has errors
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public Article read(Path markdown) {
        Objects.requireNonNull(markdown, "markdown must not be null");
        try (Reader in = new InputStreamReader(Files.newInputStream(markdown), StandardCharsets.UTF_8)) {
            return read(text(in));
        } catch (IOException e) {
            throw new UncheckedIOException(markdown + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads an article from Markdown and reports what was left out of it: raw HTML, unsafe links, images inside
     * text, unknown front matter keys.
     *
     * @param markdown the Markdown, with or without front matter; not null
     * @return the article and the diagnostics; never null
     * @throws ArticleMarkdownException if the input is over a limit or its front matter is malformed
     * @throws ArticleValidationException if validation is on and the article has errors
     */
    public MarkdownReadResult readWithDiagnostics(String markdown) {
        Objects.requireNonNull(markdown, "markdown must not be null");
        if (markdown.length() > maxInputLength) {
            throw overLimit();
        }
        MarkdownReadResult result;
        try {
            result = MarkdownReader.read(markdown, parsing);
        } catch (IllegalArgumentException e) {
            // A model constructor's own check, such as a size of zero in front matter the reader lets through.
            throw new ArticleMarkdownException(ArticleMarkdownException.INVALID_VALUE, e.getMessage(), -1, e);
        }
        checkDepth(result.article(), maxDepth);
        if (validate) {
            validator.validate(result.article()).throwIfInvalid();
        }
        return result;
    }

    private String text(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
            if (text.length() > maxInputLength) {
                throw overLimit();
            }
        }
        return text.toString();
    }

    private ArticleMarkdownException overLimit() {
        return new ArticleMarkdownException(ArticleMarkdownException.OVER_LIMIT,
                "input over the limit of " + maxInputLength + " characters", -1, null);
    }

    /**
     * Refuses an article nested deeper than the limit: what this converter writes, it reads. The writer recurses
     * into nested blocks, so {@link ArticleChunks} checks the same before writing.
     */
    static void checkDepth(Article article, int maxDepth) {
        String tooDeep = Engine.tooDeep(article, maxDepth);
        if (tooDeep != null) {
            throw new ArticleMarkdownException(ArticleMarkdownException.TOO_DEEP, "the article nests more than "
                    + maxDepth + " levels deep, at " + (tooDeep.isEmpty() ? "the article" : tooDeep), -1, null);
        }
    }

    /** Options for an {@link ArticleMarkdown}. Not thread-safe; {@link #build()} as often as needed. */
    public static final class Builder {
        private boolean frontMatter = true;
        private boolean rawHtml;
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private boolean validate;
        private ArticleValidator validator = ArticleValidator.standard();

        private Builder() {}

        /**
         * Whether writing puts the metadata and hero in YAML front matter (the default). Without it the title is
         * written as a level-one heading, the hero as the lead's first figure, and the other metadata is left
         * out and reported. Reading accepts either.
         *
         * @param frontMatter false to write no front matter
         * @return this builder
         */
        public Builder frontMatter(boolean frontMatter) {
            this.frontMatter = frontMatter;
            return this;
        }

        /**
         * Whether tables GFM cannot hold (spans, several header rows or none, header cells in the body, rows of
         * different widths) are written as an HTML block, rendered by lede-html as {@code ArticleHtml} renders
         * them, and HTML blocks that hold one table are read back as that table. Default false: such a table is
         * flattened into a GFM table and reported, and reading leaves all HTML out. Other raw HTML is never
         * written or read.
         *
         * <p>lede-html ({@code dev.lede:lede-html}) is an optional dependency of this module: add it to use raw
         * HTML, and on the module path {@code requires dev.lede.html} in the module that asks for it.
         *
         * @param rawHtml true to write and read tables GFM cannot hold as HTML
         * @return this builder
         * @throws IllegalStateException if {@code rawHtml} is true and lede-html is not there
         */
        public Builder rawHtml(boolean rawHtml) {
            if (rawHtml && !htmlAvailable()) {
                throw new IllegalStateException("raw HTML tables need lede-html (dev.lede:lede-html, module "
                        + "dev.lede.html), which is not on the class or module path");
            }
            this.rawHtml = rawHtml;
            return this;
        }

        /** Whether lede-html can be loaded here, found without loading it (or {@link HtmlTables}, which needs it). */
        private static boolean htmlAvailable() {
            try {
                Class.forName("dev.lede.html.ArticleHtml", false, ArticleMarkdown.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        /**
         * The longest input read, in characters; longer input is an {@link ArticleMarkdownException} before
         * parsing. Default {@value ArticleMarkdown#DEFAULT_MAX_INPUT_LENGTH}.
         *
         * @param maxInputLength the limit; at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxInputLength(int maxInputLength) {
            if (maxInputLength < 1) {
                throw new IllegalArgumentException("maxInputLength must be at least 1, was " + maxInputLength);
            }
            this.maxInputLength = maxInputLength;
            return this;
        }

        /**
         * The nesting limit, in levels of the model as the validator counts them: each section, quote, list
         * item, note, emphasis, strong and link is one level. Writing a deeper article, or reading Markdown that
         * nests deeper (two of commonmark's levels a model level, and eight more, before the model is made; the
         * model's levels after), is an {@link ArticleMarkdownException}. Default
         * {@value ArticleMarkdown#DEFAULT_MAX_DEPTH}.
         *
         * @param maxDepth the limit; from 1 to {@value ArticleValidator#MAX_MAX_DEPTH}
         * @return this builder
         * @throws IllegalArgumentException if the limit is out of range
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1 || maxDepth > ArticleValidator.MAX_MAX_DEPTH) {
                throw new IllegalArgumentException("maxDepth must be from 1 to " + ArticleValidator.MAX_MAX_DEPTH
                        + ", was " + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Whether reading runs the {@link #validator(ArticleValidator) validator} on each article read and
         * rejects one with errors (warnings pass) with an {@link ArticleValidationException}. Default false, as
         * for {@code ArticleHtml} and unlike {@code ArticleJson}: Markdown in the wild is mostly a fragment (a
         * README, a note without a title), and what this writer writes reads back as valid as the article was.
         * Turn it on for Markdown from elsewhere that must be a valid article.
         *
         * @param validate true to validate each article read
         * @return this builder
         */
        public Builder validate(boolean validate) {
            this.validate = validate;
            return this;
        }

        /**
         * The validator reading runs when {@link #validate(boolean) validate} is on. Default
         * {@link ArticleValidator#standard()}.
         *
         * @param validator the validator; not null
         * @return this builder
         */
        public Builder validator(ArticleValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator must not be null");
            return this;
        }

        /**
         * Builds the converter.
         *
         * @return a new immutable converter
         */
        public ArticleMarkdown build() {
            return new ArticleMarkdown(this);
        }
    }
}
