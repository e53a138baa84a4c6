package dev.lede.html;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.html.internal.DocumentRenderer;
import dev.lede.html.internal.HtmlBytes;
import dev.lede.html.internal.HtmlReader;
import dev.lede.html.internal.HtmlRenderer;
import dev.lede.html.internal.Limits;
import dev.lede.html.internal.RenderOptions;
import dev.lede.validation.ArticleValidationException;
import dev.lede.validation.ArticleValidator;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders articles as semantic HTML and reads articles from semantic HTML. Built once, then immutable and
 * safe to share between threads (as long as the registered {@link BlockRenderer}s and
 * {@link AttributeProvider}s are).
 *
 * <pre>{@code
 * ArticleHtml html = ArticleHtml.standard();
 * String fragment = html.render(article);          // <article>...</article>
 * Article back = html.read(fragment);              // equal to article
 * }</pre>
 *
 * <p>Every text and attribute value is escaped, and only links and sources with an http, https or mailto
 * scheme, or none (relative), are written or read. The mapping between elements and the model is the table in
 * the module's README. No method accepts or returns null.
 */
public final class ArticleHtml {
    private static final ArticleHtml STANDARD = builder().build();

    private final RenderOptions options;
    private final int maxInputLength;
    private final boolean validate;
    private final ArticleValidator validator;
    private final PageImporter importer;

    private ArticleHtml(Builder builder) {
        this.options = new RenderOptions(builder.pretty, builder.classPrefix, builder.jsonLd, builder.stylesheet,
                List.copyOf(builder.blockRenderers), List.copyOf(builder.attributeProviders), builder.maxDepth);
        this.maxInputLength = builder.maxInputLength;
        this.validate = builder.validate;
        this.validator = builder.validator;
        this.importer = PageImporter.builder().maxInputLength(maxInputLength).maxDepth(builder.maxDepth).build();
    }

    /**
     * The converter with the default options: compact output, class prefix {@code "lede-"}, JSON-LD on,
     * inputs up to {@value Builder#DEFAULT_MAX_INPUT_LENGTH} characters, nesting up to
     * {@value Builder#DEFAULT_MAX_DEPTH} levels.
     *
     * @return the shared standard converter
     */
    public static ArticleHtml standard() {
        return STANDARD;
    }

    /**
     * Starts configuring a converter.
     *
     * @return a new builder with the default options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decodes HTML bytes as a browser decodes a page when no transport names the encoding: a byte order mark,
     * else a {@code <meta>} charset in the first 1,024 bytes (a UTF-16 label read as UTF-8, Latin-1 and ASCII as
     * windows-1252, as the Encoding Standard reads them), else UTF-8. A byte sequence the encoding cannot decode
     * becomes U+FFFD. For bytes from the network, prefer the charset of the response's {@code Content-Type}.
     *
     * @param html the bytes; not null
     * @return the text, without a byte order mark; never null
     */
    public static String decode(byte[] html) {
        Objects.requireNonNull(html, "html must not be null");
        return HtmlBytes.decode(html);
    }

    /**
     * Decodes HTML bytes as a browser decodes a page whose transport names an encoding, such as the
     * {@code charset} of an HTTP {@code Content-Type}: a byte order mark wins; else the transport's label, read as
     * the Encoding Standard reads labels (Latin-1 and ASCII as windows-1252, {@code utf-16} as UTF-16LE); else,
     * when the label names no encoding Java knows, the page as {@link #decode(byte[])} reads it. A byte sequence
     * the encoding cannot decode becomes U+FFFD.
     *
     * @param html the bytes; not null
     * @param charset the transport's charset label, such as {@code "windows-1252"}; not null
     * @return the text, without a byte order mark; never null
     */
    public static String decode(byte[] html, String charset) {
        Objects.requireNonNull(html, "html must not be null");
        Objects.requireNonNull(charset, "charset must not be null");
        return HtmlBytes.decode(html, charset);
    }

    /**
     * A builder holding this converter's options, to make a variant of it.
     *
     * @return a new builder
     */
    public Builder rebuild() {
        Builder builder = new Builder();
        builder.pretty = options.pretty();
        builder.classPrefix = options.classPrefix();
        builder.jsonLd = options.jsonLd();
        builder.stylesheet = options.stylesheet();
        builder.blockRenderers.addAll(options.blockRenderers());
        builder.attributeProviders.addAll(options.attributeProviders());
        builder.maxInputLength = maxInputLength;
        builder.maxDepth = options.maxDepth();
        builder.validate = validate;
        builder.validator = validator;
        return builder;
    }

    /**
     * Renders the article as an {@code <article>} fragment that holds all of it, metadata included.
     *
     * @param article the article; not null
     * @return the HTML
     * @throws ArticleHtmlException when blocks nest deeper than the depth limit, or an extension asks for markup
     *     off the allowlists (see {@link RenderContext})
     */
    public String render(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        return HtmlRenderer.render(article, options);
    }

    /**
     * Renders one block as {@link #render} writes it inside an article, with the same options and extensions:
     * for a page that places blocks itself, or a format that embeds HTML for what it cannot hold.
     *
     * @param block the block; not null
     * @return the HTML, with no line end before or after it
     * @throws ArticleHtmlException when the block nests deeper than the depth limit, or an extension asks for
     *     markup off the allowlists (see {@link RenderContext})
     */
    public String renderBlock(Block block) {
        Objects.requireNonNull(block, "block must not be null");
        return HtmlRenderer.renderBlock(block, options);
    }

    /**
     * Renders the article as a whole HTML5 page: {@code <html lang>}, a head with title, description,
     * canonical link, Open Graph tags and (unless switched off) schema.org {@code NewsArticle} JSON-LD, and
     * the {@link #render} fragment as the body.
     *
     * @param article the article; not null
     * @return the HTML document
     * @throws ArticleHtmlException when blocks nest deeper than the depth limit, or an extension asks for markup
     *     off the allowlists (see {@link RenderContext})
     */
    public String renderDocument(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        return DocumentRenderer.render(article, options);
    }

    /**
     * Reads an article from HTML, leaving relative URLs as they are.
     *
     * @param html an article fragment or a whole page; not null
     * @return the article
     * @throws ArticleHtmlException when the input is over a limit
     * @throws ArticleValidationException when validation is on and the article has errors
     */
    public Article read(String html) {
        return readWithDiagnostics(html).article();
    }

    /**
     * Reads an article from HTML, resolving relative URLs against a base.
     *
     * @param html an article fragment or a whole page; not null
     * @param baseUri the address the HTML came from; not null
     * @return the article
     * @throws ArticleHtmlException when the input is over a limit
     * @throws ArticleValidationException when validation is on and the article has errors
     */
    public Article read(String html, URI baseUri) {
        return readWithDiagnostics(html, baseUri).article();
    }

    /**
     * Reads an article from a reader holding HTML, to its end; the reader is not closed.
     *
     * @param html an article fragment or a whole page; not null
     * @return the article
     * @throws ArticleHtmlException when the input is over a limit
     * @throws ArticleValidationException when validation is on and the article has errors
     * @throws UncheckedIOException when the reader fails
     */
    public Article read(Reader html) {
        Objects.requireNonNull(html, "html must not be null");
        return read(HtmlBytes.read(html, maxInputLength));
    }

    /**
     * Reads an article from HTML bytes, to the stream's end; the stream is not closed. The encoding is found as
     * a browser finds it without a transport's word: a byte order mark, else a {@code <meta>} charset in the
     * first 1,024 bytes, else UTF-8; bytes the encoding cannot decode become U+FFFD. At most three bytes a
     * character of {@link Builder#maxInputLength maxInputLength} are read.
     *
     * @param html an article fragment or a whole page; not null
     * @return the article
     * @throws ArticleHtmlException when the input is over a limit
     * @throws ArticleValidationException when validation is on and the article has errors
     * @throws UncheckedIOException when the stream fails
     */
    public Article read(InputStream html) {
        Objects.requireNonNull(html, "html must not be null");
        return read(HtmlBytes.read(html, maxInputLength));
    }

    /**
     * Reads an article from an HTML file, its encoding found as {@link #read(InputStream)} finds it. Relative
     * URLs stay relative: the file's own address is not a base a reader of the article could follow.
     *
     * @param html the file; not null
     * @return the article
     * @throws ArticleHtmlException when the input is over a limit
     * @throws ArticleValidationException when validation is on and the article has errors
     * @throws UncheckedIOException when the file cannot be opened or read
     */
    public Article read(Path html) {
        Objects.requireNonNull(html, "html must not be null");
        return read(HtmlBytes.read(html, maxInputLength));
    }

    /**
     * Reads an article from HTML and reports what was left out of it.
     *
     * @param html an article fragment or a whole page; not null
     * @return the article and the diagnostics
     * @throws ArticleHtmlException when the input is over a limit
     * @throws ArticleValidationException when validation is on and the article has errors
     */
    public HtmlReadResult readWithDiagnostics(String html) {
        Objects.requireNonNull(html, "html must not be null");
        return checked(HtmlReader.read(html, null, maxInputLength, options.maxDepth()));
    }

    /**
     * Reads an article from HTML, resolving relative URLs against a base, and reports what was left out.
     *
     * @param html an article fragment or a whole page; not null
     * @param baseUri the address the HTML came from; not null
     * @return the article and the diagnostics
     * @throws ArticleHtmlException when the input is over a limit
     * @throws ArticleValidationException when validation is on and the article has errors
     */
    public HtmlReadResult readWithDiagnostics(String html, URI baseUri) {
        Objects.requireNonNull(html, "html must not be null");
        Objects.requireNonNull(baseUri, "baseUri must not be null");
        return checked(HtmlReader.read(html, baseUri, maxInputLength, options.maxDepth()));
    }

    private HtmlReadResult checked(HtmlReadResult result) {
        if (validate) {
            validator.validate(result.article()).throwIfInvalid();
        }
        return result;
    }

    /**
     * Imports a whole web page, finding the article among the site's chrome, with this converter's input and
     * depth limits and the other options of {@link PageImporter#standard()}; use a {@link PageImporter} for
     * more.
     *
     * @param html the whole page; not null
     * @param pageUrl the page's address; not null
     * @return the article and what was left out
     * @throws ArticleHtmlException when the page is over a limit, or holds no article (no title and no text)
     */
    public PageImport importPage(String html, URI pageUrl) {
        return importer.importPage(html, pageUrl);
    }

    /**
     * Imports a whole web page from its bytes, the encoding found as {@link #read(InputStream)} finds it; see
     * {@link #importPage(String, URI)}. The stream is not closed.
     *
     * @param html the whole page; not null
     * @param pageUrl the page's address; not null
     * @return the article and what was left out
     * @throws ArticleHtmlException when the page is over a limit, or holds no article (no title and no text)
     * @throws UncheckedIOException when the stream fails
     */
    public PageImport importPage(InputStream html, URI pageUrl) {
        return importer.importPage(html, pageUrl);
    }

    /**
     * Imports a whole web page from a file saved from {@code pageUrl}, the encoding found as
     * {@link #read(InputStream)} finds it; see {@link #importPage(String, URI)}.
     *
     * @param html the saved page; not null
     * @param pageUrl the page's address; not null
     * @return the article and what was left out
     * @throws ArticleHtmlException when the page is over a limit, or holds no article (no title and no text)
     * @throws UncheckedIOException when the file cannot be opened or read
     */
    public PageImport importPage(Path html, URI pageUrl) {
        return importer.importPage(html, pageUrl);
    }

    /**
     * Imports a whole web page whose address is unknown; relative links and images stay relative. See
     * {@link PageImporter#importPage(String)}.
     *
     * @param html the whole page; not null
     * @return the article and what was left out
     * @throws ArticleHtmlException when the page is over a limit, or holds no article (no title and no text)
     */
    public PageImport importPage(String html) {
        return importer.importPage(html);
    }

    /** Configures an {@link ArticleHtml}. Options are checked when set. Not thread-safe. */
    public static final class Builder {
        /** Default {@link #maxInputLength}: ten million characters, about 10 MB of mostly ASCII HTML. */
        public static final int DEFAULT_MAX_INPUT_LENGTH = 10_000_000;

        /** Default {@link #maxDepth}. */
        public static final int DEFAULT_MAX_DEPTH = 512;

        private static final Pattern CLASS_PREFIX = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)?");

        private boolean pretty;
        private String classPrefix = "lede-";
        private boolean jsonLd = true;
        private boolean stylesheet = true;
        private final List<BlockRenderer> blockRenderers = new ArrayList<>();
        private final List<AttributeProvider> attributeProviders = new ArrayList<>();
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private boolean validate;
        private ArticleValidator validator = ArticleValidator.standard();

        private Builder() {}

        /**
         * Chooses indented output (one block element a line) or compact output (no whitespace between
         * elements, the default). Both read back the same.
         *
         * @param pretty true for indented output
         * @return this builder
         */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /**
         * Sets the prefix of the class names the renderer writes ({@code lede-note}, {@code lede-byline}).
         * Class names are for styling only; the reader does not depend on them.
         *
         * @param classPrefix a CSS identifier start such as {@code "lede-"}, or empty; not null
         * @return this builder
         * @throws IllegalArgumentException when the prefix cannot start a class name
         */
        public Builder classPrefix(String classPrefix) {
            Objects.requireNonNull(classPrefix, "classPrefix must not be null");
            if (!CLASS_PREFIX.matcher(classPrefix).matches()) {
                throw new IllegalArgumentException("classPrefix must be letters, digits, '-' and '_' and not "
                        + "start with a digit or '-', was \"" + classPrefix + "\"");
            }
            this.classPrefix = classPrefix;
            return this;
        }

        /**
         * Whether {@link ArticleHtml#renderDocument} writes schema.org JSON-LD (on by default).
         *
         * @param jsonLd false to leave it out
         * @return this builder
         */
        public Builder jsonLd(boolean jsonLd) {
            this.jsonLd = jsonLd;
            return this;
        }

        /**
         * Whether {@link ArticleHtml#renderDocument} writes its small built-in stylesheet, a fixed
         * {@code <style>} element in the head that sets a readable measure, type, images that fit the screen, and
         * borders for tables, quotes and notes (on by default). It selects elements only, never class names, so
         * it holds for any {@link #classPrefix(String) class prefix}; it is the same text for every article.
         * Switch it off to style the page yourself.
         *
         * @param stylesheet false to leave it out
         * @return this builder
         */
        public Builder stylesheet(boolean stylesheet) {
            this.stylesheet = stylesheet;
            return this;
        }

        /**
         * Registers a renderer asked about every block before the standard one.
         *
         * @param renderer the renderer; not null
         * @return this builder
         */
        public Builder blockRenderer(BlockRenderer renderer) {
            blockRenderers.add(Objects.requireNonNull(renderer, "renderer must not be null"));
            return this;
        }

        /**
         * Registers a provider that adjusts the attributes of every element written.
         *
         * @param provider the provider; not null
         * @return this builder
         */
        public Builder attributeProvider(AttributeProvider provider) {
            attributeProviders.add(Objects.requireNonNull(provider, "provider must not be null"));
            return this;
        }

        /**
         * Sets the longest input the reader accepts, in characters; longer input is rejected with an
         * {@link ArticleHtmlException} before parsing.
         *
         * @param maxInputLength at least 1; default {@value #DEFAULT_MAX_INPUT_LENGTH}
         * @return this builder
         */
        public Builder maxInputLength(int maxInputLength) {
            this.maxInputLength = Limits.inputLength(maxInputLength);
            return this;
        }

        /**
         * Sets how deep elements may nest: the reader rejects input whose elements nest deeper below the
         * article, and the renderer rejects articles whose blocks (lists, list items, quotes) nest deeper,
         * each with an {@link ArticleHtmlException}. The HTML parser itself keeps no more than about 510
         * levels and moves deeper elements up.
         *
         * @param maxDepth between 16 and 2048; default {@value #DEFAULT_MAX_DEPTH}
         * @return this builder
         */
        public Builder maxDepth(int maxDepth) {
            this.maxDepth = Limits.depth(maxDepth);
            return this;
        }

        /**
         * Whether reading runs the {@link #validator(ArticleValidator) validator} on each article read and
         * rejects one with errors (warnings pass) with an {@link ArticleValidationException}. Default false,
         * where {@code ArticleJson} validates by default: a fragment of HTML need not be a whole article (a
         * paragraph read alone has no title), HTML from the renderer reads back valid, and the page importer
         * repairs and validates what it makes. Turn it on for HTML from elsewhere that must be a valid article.
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
         * @return an immutable converter
         */
        public ArticleHtml build() {
            return new ArticleHtml(this);
        }
    }
}
