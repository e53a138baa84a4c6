package dev.lede.json;

import dev.lede.Article;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes articles as JSON Lines: each article one compact canonical document on its own line, ending in LF,
 * in UTF-8. Made by {@link ArticleJson#linesWriter(OutputStream)}; {@link ArticleJson#readLines} reads the
 * result back.
 *
 * <p>Not thread-safe: one thread writes at a time. No method accepts null. Closing the writer closes the
 * underlying stream.
 */
public final class JsonLinesWriter implements Closeable, Flushable {
    private final ArticleJson codec;
    private final JsonGenerator generator;
    private final OutputStream out;

    JsonLinesWriter(ArticleJson codec, JsonGenerator generator, OutputStream out) {
        this.codec = codec;
        this.generator = generator;
        this.out = out;
    }

    /**
     * Writes one article as one line.
     *
     * @param article the article; not null
     * @return this writer
     * @throws UncheckedIOException if the stream fails
     * @throws ArticleJsonException if the article nests deeper than the codec's maxDepth; nothing is written
     */
    public JsonLinesWriter write(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        try {
            codec.writeTo(article, generator);
            generator.writeRaw('\n');
        } catch (JacksonException e) {
            throw unchecked(e);
        }
        return this;
    }

    /**
     * Flushes what was written so far to the underlying stream.
     *
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void flush() {
        try {
            generator.flush();
        } catch (JacksonException e) {
            throw unchecked(e);
        }
    }

    /**
     * Flushes and closes the underlying stream.
     *
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void close() {
        try (OutputStream target = out) {
            generator.close();
        } catch (JacksonException e) {
            throw unchecked(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UncheckedIOException unchecked(JacksonException e) {
        return new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
    }
}
