package dev.lede.json;

import dev.lede.Article;
import dev.lede.LedeException;
import dev.lede.json.internal.ArticleReader;
import dev.lede.json.internal.ArticleWriter;
import dev.lede.json.internal.JsonLinesSpliterator;
import dev.lede.json.internal.Sources;
import dev.lede.validation.ArticleValidationException;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.internal.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes articles in the {@code lede/1} JSON format, described in the module's README and by the
 * JSON Schema at {@value #SCHEMA_RESOURCE}.
 *
 * <p>Writing produces the one canonical form of each article, compact or pretty-printed, so that
 * {@code write(read(json))} gives back a canonical document byte for byte. Reading is strict: malformed JSON,
 * content after the article, an unknown or duplicate property, a value of the wrong JSON type, {@code null},
 * a missing required property, an unknown format version or block type, or input over a limit is an
 * {@link ArticleJsonException} naming the JSON pointer, line and column. Nothing is instantiated from a type
 * name found in the input. By default each article read is then validated with
 * {@link ArticleValidator#standard()} (with this codec's {@link Builder#maxDepth(int) maxDepth}, the same by
 * default), and one with errors is an {@link ArticleValidationException}; see {@link Builder#validate(boolean)}.
 * Writing refuses an article nested deeper than {@code maxDepth}, so what one codec writes, it reads.
 *
 * <pre>{@code
 * ArticleJson json = ArticleJson.standard();
 * String text = json.write(article);
 * Article back = json.read(text);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and share it. No method accepts or returns null.
 */
public final class ArticleJson {
    /** The class-path resource of the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/dev/lede/json/lede-1.schema.json";

    /** The default limit on the size of one document, in bytes (or characters, for character input): 10 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 10L * 1024 * 1024;

    /**
     * The default nesting limit, in levels of the model as {@link ArticleValidator.Builder#maxDepth(int)} counts
     * them, shared with the validator: {@value}, {@link ArticleValidator#DEFAULT_MAX_DEPTH}.
     */
    public static final int DEFAULT_MAX_DEPTH = ArticleValidator.DEFAULT_MAX_DEPTH;

    /**
     * The JSON nesting one level of the model can need: a list item costs four (its list, the items, the item,
     * its blocks), more than a section, quote, note, emphasis, strong or link.
     */
    private static final int JSON_LEVELS_PER_LEVEL = 4;

    /**
     * The JSON nesting of the deepest part that adds no model level, below a part at the limit: a table in a list
     * item's blocks (the table, its body, a row, a cell, the cell's rich text, an inline), plus the article
     * object and the lead.
     */
    private static final int JSON_LEVELS_BELOW = 8;

    /** The default limit on the length of one string, in characters: 1 MiB. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

    /** Jackson's note of where a bracket opened, which only repeats the location without its source. */
    private static final Pattern JACKSON_SOURCE =
            Pattern.compile("\\s*\\((?:for|start marker at) [^\\[]*\\[Source:.*?\\]\\)");

    /**
     * Jackson's buffers, shared by the factory's parsers and generators and by {@link #write(Article)}'s text
     * buffer, which takes one through the pool's public API rather than the factory's internal accessor.
     */
    private static final RecyclerPool<BufferRecycler> BUFFERS = JsonRecyclerPools.defaultPool();

    private static final ArticleJson STANDARD = builder().build();

    private final boolean pretty;
    private final long maxDocumentLength;
    private final int maxDepth;
    /** The JSON nesting of the deepest article within {@link #maxDepth}, read and written. */
    private final int maxJsonDepth;
    private final int maxStringLength;
    private final Consumer<String> ignoredProperties;
    private final boolean validate;
    private final ArticleValidator validator;
    /** The validator the builder was given, or null for the standard one at {@link #maxDepth}. */
    private final ArticleValidator chosenValidator;
    private final JsonMapper mapper;
    private final ObjectWriter writer;

    private ArticleJson(Builder builder) {
        this.pretty = builder.pretty;
        this.maxDocumentLength = builder.maxDocumentLength;
        this.maxDepth = builder.maxDepth;
        this.maxJsonDepth = JSON_LEVELS_PER_LEVEL * maxDepth + JSON_LEVELS_BELOW;
        this.maxStringLength = builder.maxStringLength;
        this.ignoredProperties = builder.ignoredProperties;
        this.validate = builder.validate;
        this.chosenValidator = builder.validator;
        this.validator = chosenValidator != null ? chosenValidator
                : maxDepth == ArticleValidator.DEFAULT_MAX_DEPTH ? ArticleValidator.standard()
                : ArticleValidator.builder().maxDepth(maxDepth).build();
        JsonFactory factory = JsonFactory.builder()
                .recyclerPool(BUFFERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocumentLength)
                        .maxNestingDepth(maxJsonDepth)
                        .maxStringLength(maxStringLength)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(maxJsonDepth).build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        this.mapper = JsonMapper.builder(factory).build();
        ObjectWriter compact = mapper.writer();
        this.writer = pretty ? compact.with(prettyPrinter()) : compact;
    }

    /** Two-space indentation, LF line ends on every platform, {@code "name": value}. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /**
     * The codec with the default options: compact output, strict reading, validation on read, the default limits.
     *
     * @return the shared standard instance; never null
     */
    public static ArticleJson standard() {
        return STANDARD;
    }

    /**
     * Starts configuring a codec with the default options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this codec's options, to make a variant of it.
     *
     * @return a new builder
     */
    public Builder rebuild() {
        Builder builder = new Builder();
        builder.pretty = pretty;
        builder.maxDocumentLength = maxDocumentLength;
        builder.maxDepth = maxDepth;
        builder.maxStringLength = maxStringLength;
        builder.ignoredProperties = ignoredProperties;
        builder.validate = validate;
        builder.validator = chosenValidator;
        return builder;
    }

    /**
     * Writes an article as a JSON document.
     *
     * @param article the article; not null
     * @return the canonical JSON; never null
     * @throws ArticleJsonException if the article nests deeper than {@link Builder#maxDepth(int) maxDepth}
     */
    public String write(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        // As Jackson's own writeValueAsString: the text gathered in pooled segments, not a growing StringWriter,
        // which made writing a small article twice as slow as Jackson writing the same JSON.
        BufferRecycler recycler = BUFFERS.acquireAndLinkPooled();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            write(article, () -> writer.createGenerator(out));
            return out.getAndClear();
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * Writes an article as a JSON document in UTF-8. The stream is flushed, not closed.
     *
     * @param article the article; not null
     * @param out where to write; not null
     * @throws UncheckedIOException if the stream fails
     * @throws ArticleJsonException if the article nests deeper than {@link Builder#maxDepth(int) maxDepth}
     */
    public void write(Article article, OutputStream out) {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(out, "out must not be null");
        write(article, () -> writer.createGenerator(out, JsonEncoding.UTF8));
    }

    /**
     * Writes an article as a JSON document. The writer is flushed, not closed.
     *
     * @param article the article; not null
     * @param out where to write; not null
     * @throws UncheckedIOException if the writer fails
     * @throws ArticleJsonException if the article nests deeper than {@link Builder#maxDepth(int) maxDepth}
     */
    public void write(Article article, Writer out) {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(out, "out must not be null");
        write(article, () -> writer.createGenerator(out));
    }

    private void write(Article article, Supplier<JsonGenerator> open) {
        checkDepth(article, maxDepth);
        try (JsonGenerator generator = open.get()) {
            ArticleWriter.write(article, generator);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Reads an article from a JSON document.
     *
     * @param json the document; not null
     * @return the article; never null
     * @throws ArticleJsonException if the document is not an article in the format, or is over a limit
     * @throws ArticleValidationException if validation is on and the article has errors
     */
    public Article read(String json) {
        Objects.requireNonNull(json, "json must not be null");
        // RFC 8259 lets a reader ignore a byte order mark; Jackson skips one in bytes, not in characters.
        int start = json.startsWith("\uFEFF") ? 1 : 0;
        return read(() -> mapper.createParser(json.substring(start)));
    }

    /**
     * Reads an article from a JSON document in UTF-8 (or UTF-16 or UTF-32, detected from the first bytes).
     *
     * @param json the document; not null
     * @return the article; never null
     * @throws ArticleJsonException if the document is not an article in the format, or is over a limit
     * @throws ArticleValidationException if validation is on and the article has errors
     */
    public Article read(byte[] json) {
        Objects.requireNonNull(json, "json must not be null");
        return read(() -> mapper.createParser(json));
    }

    /**
     * Reads an article from a stream holding one JSON document, to its end. The stream is not closed. Reading
     * stops with an {@link ArticleJsonException} as soon as the document is longer than the size limit.
     *
     * @param json the document; not null
     * @return the article; never null
     * @throws ArticleJsonException if the document is not an article in the format, or is over a limit
     * @throws ArticleValidationException if validation is on and the article has errors
     * @throws UncheckedIOException if the stream fails
     */
    public Article read(InputStream json) {
        Objects.requireNonNull(json, "json must not be null");
        return read(() -> mapper.createParser(Sources.limited(json, maxDocumentLength)));
    }

    /**
     * Reads an article from a reader holding one JSON document, to its end. The reader is not closed.
     *
     * @param json the document; not null
     * @return the article; never null
     * @throws ArticleJsonException if the document is not an article in the format, or is over a limit
     * @throws ArticleValidationException if validation is on and the article has errors
     * @throws UncheckedIOException if the reader fails
     */
    public Article read(Reader json) {
        Objects.requireNonNull(json, "json must not be null");
        return read(() -> mapper.createParser(Sources.withoutBom(Sources.marked(json))));
    }

    /**
     * Reads an article from a file holding one JSON document in UTF-8 (or UTF-16 or UTF-32, detected from the
     * first bytes), as {@link #read(InputStream)} reads a stream; the file is closed.
     *
     * @param json the file; not null
     * @return the article; never null
     * @throws ArticleJsonException if the document is not an article in the format, or is over a limit
     * @throws ArticleValidationException if validation is on and the article has errors
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public Article read(Path json) {
        Objects.requireNonNull(json, "json must not be null");
        try (InputStream in = Files.newInputStream(json)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(json + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a JSON Lines stream of articles lazily: one article per line, each line a compact document in
     * UTF-8, lines ending in LF (a CR before it is allowed). Articles are read as the stream is consumed, so a
     * stream larger than the heap can be processed. A bad line, a blank line included, stops the stream with an
     * {@link ArticleJsonException} whose {@link ArticleJsonException#line() line} is the line of the stream;
     * each line is subject to the document size limit. An article that fails validation is an
     * {@code ArticleJsonException} too, whose cause is the {@link ArticleValidationException}. Closing the
     * returned stream closes {@code in}.
     *
     * @param in the JSON Lines input; not null
     * @return the articles, in order; never null
     */
    public Stream<Article> readLines(InputStream in) {
        Objects.requireNonNull(in, "in must not be null");
        return StreamSupport.stream(new JsonLinesSpliterator(in, maxDocumentLength, this::readLine), false)
                .onClose(() -> JsonLinesSpliterator.close(in));
    }

    private Article readLine(byte[] line, int length, long lineNumber) {
        try {
            return read(() -> mapper.createParser(line, 0, length));
        } catch (ArticleJsonException e) {
            long at = e.line() > 0 ? lineNumber + e.line() - 1 : lineNumber;
            throw new ArticleJsonException(e.code(), e.problem(), e.pointer(), at, e.column(), e.getCause());
        } catch (ArticleValidationException e) {
            throw new ArticleJsonException(ArticleJsonException.INVALID_ARTICLE, "invalid article: " + e.getMessage(),
                    "", lineNumber, -1, e);
        }
    }

    /**
     * Starts a JSON Lines writer: each article written is one compact line ending in LF, in UTF-8, whatever
     * this codec's pretty option. Closing the writer closes {@code out}.
     *
     * @param out where to write; not null
     * @return the writer; never null
     */
    public JsonLinesWriter linesWriter(OutputStream out) {
        Objects.requireNonNull(out, "out must not be null");
        return new JsonLinesWriter(this,
                mapper.writer().withRootValueSeparator("").createGenerator(out, JsonEncoding.UTF8), out);
    }

    /** Reads an article starting at the parser's current or next token, for {@link LedeJsonModule}. */
    Article readFrom(JsonParser parser) {
        return checked(new ArticleReader(parser, maxJsonDepth, ignoredProperties).read());
    }

    private Article checked(Article article) {
        if (validate) {
            validator.validate(article).throwIfInvalid();
        }
        return article;
    }

    /** Writes an article to a generator, for {@link LedeJsonModule} and {@link JsonLinesWriter}. */
    void writeTo(Article article, JsonGenerator generator) {
        checkDepth(article, maxDepth);
        ArticleWriter.write(article, generator);
    }

    /**
     * Refuses, before writing anything, an article nested deeper than the limit: its JSON might be deeper than
     * Jackson writes, and would not read back.
     */
    private static void checkDepth(Article article, int maxDepth) {
        String tooDeep = Engine.tooDeep(article, maxDepth);
        if (tooDeep != null) {
            throw new ArticleJsonException(ArticleJsonException.TOO_DEEP, "the article nests more than " + maxDepth
                    + " levels deep, at " + (tooDeep.isEmpty() ? "the article" : tooDeep), "", -1, -1, null);
        }
    }

    private Article read(Supplier<JsonParser> open) {
        JsonParser parser = null;
        try {
            parser = open.get();
            ArticleReader reader = new ArticleReader(parser, maxJsonDepth, ignoredProperties);
            Article article = reader.read();
            reader.expectEnd();
            parser.close();
            return checked(article);
        } catch (LedeException e) {
            throw e;
        } catch (JacksonIOException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Sources.SourceException) {
                throw new UncheckedIOException(((Sources.SourceException) cause).source());
            }
            if (cause instanceof Sources.LimitException) {
                throw at(parser, ArticleJsonException.OVER_LIMIT, "input over a limit: " + cause.getMessage(), null,
                        e);
            }
            String problem = cause == null ? e.getOriginalMessage() : cause.getMessage();
            throw at(parser, ArticleJsonException.MALFORMED, "malformed text: " + problem, null, e);
        } catch (JacksonException e) {
            throw translate(e, parser);
        } catch (IllegalArgumentException e) {
            // A model constructor's own check that the reader does not repeat, so it still names the place.
            throw at(parser, ArticleJsonException.INVALID_VALUE, "invalid value: " + e.getMessage(), null, e);
        }
    }

    private static ArticleJsonException translate(JacksonException e, JsonParser parser) {
        String original = Objects.toString(e.getOriginalMessage(), e.getClass().getSimpleName());
        String message = JACKSON_SOURCE.matcher(original).replaceAll("");
        boolean overLimit = e instanceof StreamConstraintsException;
        return at(parser, overLimit ? ArticleJsonException.OVER_LIMIT : ArticleJsonException.MALFORMED,
                (overLimit ? "input over a limit: " : "malformed JSON: ") + message, e.getLocation(), e);
    }

    private static ArticleJsonException at(JsonParser parser, String code, String problem,
            TokenStreamLocation location, Throwable cause) {
        TokenStreamLocation at = location != null ? location
                : parser != null ? parser.currentTokenLocation() : TokenStreamLocation.NA;
        String pointer = parser != null ? parser.streamReadContext().pathAsPointer().toString() : "";
        return new ArticleJsonException(code, problem, pointer, at.getLineNr(), at.getColumnNr(), cause);
    }

    /** Options for an {@link ArticleJson}. Not thread-safe; {@link #build()} as often as needed. */
    public static final class Builder {
        private boolean pretty;
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private Consumer<String> ignoredProperties;
        private boolean validate = true;
        private ArticleValidator validator;

        private Builder() {}

        /**
         * Whether to write indented JSON (two spaces, LF line ends) instead of compact JSON. Both are
         * canonical; reading accepts either. Default false.
         *
         * @param pretty true for indented output
         * @return this builder
         */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /**
         * The largest document accepted, in bytes for byte input and characters for character input; for JSON
         * Lines, the largest line. Default {@value ArticleJson#DEFAULT_MAX_DOCUMENT_LENGTH}.
         *
         * @param maxDocumentLength the limit; at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxDocumentLength(long maxDocumentLength) {
            if (maxDocumentLength < 1 || maxDocumentLength > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxDocumentLength must be from 1 to " + (Integer.MAX_VALUE - 8)
                        + ", was " + maxDocumentLength);
            }
            this.maxDocumentLength = maxDocumentLength;
            return this;
        }

        /**
         * The nesting limit, in levels of the model as the validator counts them
         * ({@link ArticleValidator.Builder#maxDepth(int)}): each section, quote, list item, note, emphasis, strong
         * and link is one level. Every article within the limit is written and read back; writing a deeper one is
         * an {@link ArticleJsonException}. Reading allows the JSON nesting the deepest article within the limit
         * needs (four JSON levels a model level, and eight more), then validation, when on, refuses an article
         * too deep ({@code article.too-deep}). Default {@value ArticleJson#DEFAULT_MAX_DEPTH}.
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
         * The longest string (text, URL, code) accepted, in characters. Default
         * {@value ArticleJson#DEFAULT_MAX_STRING_LENGTH}.
         *
         * @param maxStringLength the limit; at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxStringLength(int maxStringLength) {
            if (maxStringLength < 1) {
                throw new IllegalArgumentException("maxStringLength must be at least 1, was " + maxStringLength);
            }
            this.maxStringLength = maxStringLength;
            return this;
        }

        /**
         * Reads leniently: a property unknown to the format is skipped, with its JSON pointer passed to
         * {@code reporter}, instead of failing the read. Everything else stays strict. The reporter is called
         * on the reading thread. By default unknown properties are an error.
         *
         * @param reporter receives the pointer of each skipped property; not null
         * @return this builder
         */
        public Builder ignoreUnknownProperties(Consumer<String> reporter) {
            this.ignoredProperties = Objects.requireNonNull(reporter, "reporter must not be null");
            return this;
        }

        /**
         * Reads strictly again (the default): an unknown property is an error.
         *
         * @return this builder
         */
        public Builder failOnUnknownProperties() {
            this.ignoredProperties = null;
            return this;
        }

        /**
         * Whether reading runs {@link ArticleValidator#standard()} (with this codec's {@link #maxDepth(int)
         * maxDepth}) on each article read and rejects one with errors
         * (warnings pass) with an {@link ArticleValidationException}. Default true, because input from another
         * service must not enter unchecked; turn it off only for input already trusted, or to validate otherwise.
         *
         * @param validate false to return articles without validating them
         * @return this builder
         */
        public Builder validate(boolean validate) {
            this.validate = validate;
            return this;
        }

        /**
         * The validator reading runs when {@link #validate(boolean) validate} is on: one with publishable rules,
         * a different depth or violation limit. Its depth is its own; this codec's {@link #maxDepth(int)
         * maxDepth} still bounds what is read and written. Default {@link ArticleValidator#standard()} with this
         * codec's {@code maxDepth}.
         *
         * @param validator the validator; not null
         * @return this builder
         */
        public Builder validator(ArticleValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator must not be null");
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return a new immutable codec
         */
        public ArticleJson build() {
            return new ArticleJson(this);
        }
    }
}
