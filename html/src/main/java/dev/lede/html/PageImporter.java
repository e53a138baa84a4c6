package dev.lede.html;

import dev.lede.html.internal.HtmlBytes;
import dev.lede.html.internal.Limits;
import dev.lede.html.internal.page.FinderOptions;
import dev.lede.html.internal.page.Importer;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.select.QueryParser;

/**
 * Imports whole web pages: finds the article among the site's navigation, related-post lists, comments and
 * other chrome, reads its metadata (JSON-LD, Open Graph, Twitter, Dublin Core, then plain HTML) and structures
 * its content with the same reader as {@link ArticleHtml#read(String, URI)}. Everything left out is reported in
 * {@link PageImport#diagnostics()}. Built once, then immutable and safe to share between threads.
 *
 * <pre>{@code
 * PageImport result = PageImporter.standard().importPage(html, URI.create("https://example.com/post"));
 * Article article = result.article();
 * result.droppedRegions().forEach(d -> log(d.reason() + " " + d.words() + " words at " + d.path()));
 * }</pre>
 *
 * <p>What the importer decides, in short:
 *
 * <ul>
 *   <li>Metadata, field by field, from the most trusted source that has it: schema.org JSON-LD (an Article,
 *       NewsArticle, BlogPosting, ReportageNewsArticle or other article type, also inside {@code @graph} and
 *       through {@code @id} references), then Open Graph, Twitter, Dublin Core and other meta tags (their
 *       {@code content}, or {@code value} where a page writes that), microdata, then {@code <title>},
 *       {@code <html lang>}, bylines and {@code <time>}; then guesses: a byline found by its class name, a date in
 *       the page's address or a dateline after the headline. HTML character references left in JSON-LD and meta
 *       strings are decoded. Where another source disagrees, a {@link PageDiagnostic.Reason#METADATA} diagnostic
 *       names both values, and {@link PageImport#provenance()} lists every candidate.
 *   <li>The title is the visible {@code h1} when {@code og:title} or {@code <title>} repeats it apart from a
 *       site name, section or kicker ("Kicker: Headline | Section | Site"); else the most trusted stated title
 *       without its site name (a part equal to {@code og:site_name} or the host name).
 *   <li>Authors are people where any source names a person: organisations (JSON-LD organisations, the site or
 *       publisher, news agencies) are then left out; else the organisation named. Byline texts are split into
 *       names ("A, B and C", "A und B, dpa", "A y B", "A et B") without "By"-style prefixes, e-mail addresses,
 *       handles, parenthesised credits and initials, roles ("Staff Writer"), photo credits and numeric ids.
 *   <li>Dates keep the page's offset; a time without an offset takes the offset the page states on another date,
 *       and is UTC only when it states none; a date without a time is noon UTC on that date, the one moment that
 *       is that date from UTC-12:00 to UTC+11:59. Dates before 1995 are ignored, and so is a guessed date more
 *       than a day after every other date of the page (an event to come).
 *   <li>The content is found by weighing prose (text density, link density, sentences), trusting
 *       {@code itemprop=articleBody} and a dominant {@code <article>}, and merging siblings with enough prose.
 *       It is then read by the same reader as {@link ArticleHtml#read(String, URI)}.
 *   <li>Kept though outside the main text: the {@code h1}, a standfirst, a "Key points" box, the hero figure,
 *       notes under a heading such as "Editorial Note", "Correction", "Disclosure" or "Update", and two-column
 *       tables that read as summaries (labels such as "Aspect / Summary", or short aspects beside sentences),
 *       which become {@code SummaryTable}s wherever they stand.
 *   <li>The title is the {@code h1} that repeats the metadata's title (three quarters of its words are the
 *       title's); any other {@code h1} in the content is a section heading, so its text is never lost.
 *   <li>Layout is undone: a table that is marked {@code role=presentation}, holds another table, has one column
 *       and no header cell, or has cells holding headings, lists, quotes, code or figures is read as its cells'
 *       blocks, row by row (a table of one image over one line of text becomes a figure with that caption); a
 *       table with a caption or header cells stays a table. A list whose every item opens with a heading becomes
 *       sections, one per item, when nothing but a heading (or a block opening with one) follows it (text after it would otherwise fall into
 *       the last item's section); otherwise its headings are read as paragraphs and reported.
 *   <li>The hero is the first figure of the lead, else the page's share image ({@code og:image}) with its
 *       {@code og:image:alt}, or an empty alt when the page gives none.
 *   <li>Lazy-loaded images get their real address ({@code data-src} and its variants, the widest
 *       {@code srcset} candidate); every address is resolved against the page's.
 *   <li>Element ids of the page are not carried into section ids: sections get ids derived from their
 *       headings.
 *   <li>Diagnostics list metadata conflicts, then every dropped region that held text in document order (its
 *       reason, word count, a CSS-like path into the page and its opening words), then what the reader could
 *       not represent ({@link PageDiagnostic.Reason#NOT_REPRESENTED}, with the reader's own
 *       {@link HtmlDiagnostic.Kind} in {@link PageDiagnostic#readerKind()}, whose paths point into the extracted
 *       content rather than the page).
 *   <li>The article is valid under {@link dev.lede.validation.ArticleValidator#standard()}: what a page gets
 *       wrong (image-only list items, ragged table rows, a missing title, ...) is repaired and each repair
 *       reported, after the other diagnostics, as {@link PageDiagnostic.Reason#REPAIRED}; a page with no title
 *       and no text is refused.
 *   <li>At most {@value #MAX_DIAGNOSTICS} diagnostics are listed; past that, one last
 *       {@link PageDiagnostic.Reason#TRUNCATED} diagnostic counts the rest by reason, with their words.
 * </ul>
 *
 * <p>No method accepts or returns null.
 */
public final class PageImporter {
    /** The most diagnostics one import lists before its last, {@link PageDiagnostic.Reason#TRUNCATED}, one. */
    public static final int MAX_DIAGNOSTICS = 1_000;

    private static final PageImporter STANDARD = builder().build();

    private final Bias bias;
    private final FinderOptions options;
    private final int maxInputLength;
    private final int maxDepth;
    private final boolean guessMetadata;

    private PageImporter(Builder builder) {
        this.bias = builder.bias;
        this.options = FinderOptions.defaults(builder.bias.descendRatio, builder.bias.mergeRatio,
                builder.bias.linkListDensity, builder.keep, builder.drop);
        this.maxInputLength = builder.maxInputLength;
        this.maxDepth = builder.maxDepth;
        this.guessMetadata = builder.guessMetadata;
    }

    /**
     * The importer with the default options: {@link Bias#BALANCED}, no keep or drop selectors, and the limits
     * of {@link ArticleHtml.Builder}.
     *
     * @return the shared standard importer
     */
    public static PageImporter standard() {
        return STANDARD;
    }

    /**
     * Starts configuring an importer.
     *
     * @return a new builder with the default options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this importer's options, to make a variant of it.
     *
     * @return a new builder
     */
    public Builder rebuild() {
        Builder builder = new Builder();
        builder.bias = bias;
        builder.keep.addAll(options.keepSelectors());
        builder.drop.addAll(options.dropSelectors());
        builder.maxInputLength = maxInputLength;
        builder.maxDepth = maxDepth;
        builder.guessMetadata = guessMetadata;
        return builder;
    }

    /**
     * Imports a web page.
     *
     * @param html the whole page; not null
     * @param pageUrl the page's address, against which relative links and images resolve; not null
     * @return the article and the diagnostics
     * @throws ArticleHtmlException when the page is over a limit, or holds no article (no title and no text)
     */
    public PageImport importPage(String html, URI pageUrl) {
        Objects.requireNonNull(pageUrl, "pageUrl must not be null");
        return run(html, pageUrl);
    }

    /**
     * Imports a web page whose address is unknown: relative links and images stay relative, and metadata
     * addresses (canonical URL, author pages) are kept only when the page gives them absolute.
     *
     * @param html the whole page; not null
     * @return the article and the diagnostics
     * @throws ArticleHtmlException when the page is over a limit, or holds no article (no title and no text)
     */
    public PageImport importPage(String html) {
        return run(html, null);
    }

    /**
     * Imports a web page from its bytes, to the stream's end; the stream is not closed. The encoding is found as
     * a browser finds it without a transport's word: a byte order mark, else a {@code <meta>} charset in the
     * first 1,024 bytes, else UTF-8; bytes the encoding cannot decode become U+FFFD. At most three bytes a
     * character of {@link Builder#maxInputLength maxInputLength} are read.
     *
     * @param html the whole page; not null
     * @param pageUrl the page's address, against which relative links and images resolve; not null
     * @return the article and the diagnostics
     * @throws ArticleHtmlException when the page is over a limit, or holds no article (no title and no text)
     * @throws UncheckedIOException when the stream fails
     */
    public PageImport importPage(InputStream html, URI pageUrl) {
        Objects.requireNonNull(html, "html must not be null");
        return importPage(HtmlBytes.read(html, maxInputLength), pageUrl);
    }

    /**
     * Imports a web page from a file saved from {@code pageUrl}, its encoding found as
     * {@link #importPage(InputStream, URI)} finds it.
     *
     * @param html the saved page; not null
     * @param pageUrl the page's address, against which relative links and images resolve; not null
     * @return the article and the diagnostics
     * @throws ArticleHtmlException when the page is over a limit, or holds no article (no title and no text)
     * @throws UncheckedIOException when the file cannot be opened or read, naming it
     */
    public PageImport importPage(Path html, URI pageUrl) {
        Objects.requireNonNull(html, "html must not be null");
        return importPage(HtmlBytes.read(html, maxInputLength), pageUrl);
    }

    private PageImport run(String html, URI pageUrl) {
        Objects.requireNonNull(html, "html must not be null");
        Importer.Result result = Importer.importPage(html, pageUrl, options, maxInputLength, maxDepth,
                guessMetadata);
        return new PageImport(result.article(), result.diagnostics(), result.provenance());
    }

    /** Which way content detection leans when it is unsure. */
    public enum Bias {
        /** Keeps only what clearly belongs to the article; may lose a stray part of it. */
        PRECISION(0.75, 0.5, 0.5),
        /** The default. */
        BALANCED(0.85, 0.2, 0.6),
        /** Keeps whatever may belong to the article, link lists inside it included; may keep some chrome. */
        RECALL(0.95, 0.05, 2.0);

        private final double descendRatio;
        private final double mergeRatio;
        private final double linkListDensity;

        Bias(double descendRatio, double mergeRatio, double linkListDensity) {
            this.descendRatio = descendRatio;
            this.mergeRatio = mergeRatio;
            this.linkListDensity = linkListDensity;
        }
    }

    /** Configures a {@link PageImporter}. Options are checked when set. Not thread-safe. */
    public static final class Builder {
        private Bias bias = Bias.BALANCED;
        private final List<String> keep = new ArrayList<>();
        private final List<String> drop = new ArrayList<>();
        private int maxInputLength = ArticleHtml.Builder.DEFAULT_MAX_INPUT_LENGTH;
        private int maxDepth = ArticleHtml.Builder.DEFAULT_MAX_DEPTH;
        private boolean guessMetadata = true;

        private Builder() {}

        /**
         * Sets which way content detection leans.
         *
         * @param bias the bias; not null; default {@link Bias#BALANCED}
         * @return this builder
         */
        public Builder bias(Bias bias) {
            this.bias = Objects.requireNonNull(bias, "bias must not be null");
            return this;
        }

        /**
         * Adds a CSS selector of elements that always end up in the article, even outside the main text.
         *
         * @param selector a jsoup CSS selector such as {@code ".factbox"}; not null
         * @return this builder
         * @throws IllegalArgumentException when the selector does not parse
         */
        public Builder keep(String selector) {
            keep.add(checked(selector));
            return this;
        }

        /**
         * Adds a CSS selector of elements that never end up in the article; each match holding text is reported
         * as {@link PageDiagnostic.Reason#DROP_SELECTOR}.
         *
         * @param selector a jsoup CSS selector such as {@code "div.promo"}; not null
         * @return this builder
         * @throws IllegalArgumentException when the selector does not parse
         */
        public Builder drop(String selector) {
            drop.add(checked(selector));
            return this;
        }

        private static String checked(String selector) {
            Objects.requireNonNull(selector, "selector must not be null");
            try {
                QueryParser.parse(selector);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a CSS selector: \"" + selector + "\" (" + e.getMessage()
                        + ")", e);
            }
            return selector;
        }

        /**
         * Sets the longest page accepted, in characters; a longer one is rejected with an
         * {@link ArticleHtmlException} before parsing.
         *
         * @param maxInputLength at least 1; default {@value ArticleHtml.Builder#DEFAULT_MAX_INPUT_LENGTH}
         * @return this builder
         */
        public Builder maxInputLength(int maxInputLength) {
            this.maxInputLength = Limits.inputLength(maxInputLength);
            return this;
        }

        /**
         * Sets how deep the article's elements may nest below it, as {@link ArticleHtml.Builder#maxDepth}.
         *
         * @param maxDepth between 16 and 2048; default {@value ArticleHtml.Builder#DEFAULT_MAX_DEPTH}
         * @return this builder
         */
        public Builder maxDepth(int maxDepth) {
            this.maxDepth = Limits.depth(maxDepth);
            return this;
        }

        /**
         * Sets whether metadata may be inferred where the page does not state it. Off, a field is left empty
         * rather than filled from a heuristic source: a byline found by its class name, a date in the page's
         * address or in visible text, a {@code <time>} not marked as the publication date, a standfirst found by
         * its class name, or a title with its site name removed (the title as stated is kept instead). The title
         * is the exception, as an article must have one: with no stated title, the visible {@code h1} or the
         * content's heading is used all the same. Either way {@link PageImport#provenance()} lists every
         * candidate, marking the inferred ones.
         *
         * @param guessMetadata false to return nothing rather than guess; default true
         * @return this builder
         */
        public Builder guessMetadata(boolean guessMetadata) {
            this.guessMetadata = guessMetadata;
            return this;
        }

        /**
         * Builds the importer.
         *
         * @return an immutable importer
         */
        public PageImporter build() {
            return new PageImporter(this);
        }
    }
}
