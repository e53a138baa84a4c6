package dev.lede.markdown;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Section;
import dev.lede.internal.PlainText;
import dev.lede.internal.Words;
import dev.lede.markdown.internal.MarkdownWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Splits an article into chunks, one a section, for search indexes and retrieval: each {@link ArticleChunk}
 * holds a section's own blocks as Markdown with the headings above it, and {@link #toJsonLines} writes them as
 * JSON Lines described by the JSON Schema {@code lede-chunk-1.schema.json}.
 *
 * <pre>{@code
 * ArticleChunks chunks = ArticleChunks.builder().maxWords(300).lead(true).build();
 * String jsonLines = ArticleChunks.toJsonLines(chunks.chunk(article));
 * }</pre>
 *
 * <p>Chunks come in reading order: the lead (when {@link Builder#lead(boolean) asked for} and not empty), then
 * every section depth first, a section before its subsections; a section with no blocks of its own is a chunk
 * with empty text, so that every heading is one. A section of more than {@link Builder#maxWords(int) maxWords}
 * words is split between blocks, never inside one, into parts sharing its id and heading path and numbered by
 * {@link ArticleChunk#part()}; a block longer than the limit is a part of its own. The hero and the notes are
 * not chunks. Time and memory are linear in the article's size.
 *
 * <p>Instances are immutable and thread-safe. No method accepts or returns null.
 */
public final class ArticleChunks {
    private static final ArticleChunks STANDARD = builder().build();
    /** JSON Lines: root values separated by a line feed, where Jackson's default separator is a space. */
    private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator("\n").build();

    private final int maxWords;
    private final boolean lead;

    private ArticleChunks(Builder builder) {
        this.maxWords = builder.maxWords;
        this.lead = builder.lead;
    }

    /**
     * The chunker with the default options: sections are not split, the lead is not a chunk.
     *
     * @return the shared standard chunker; never null
     */
    public static ArticleChunks standard() {
        return STANDARD;
    }

    /**
     * Starts configuring a chunker with the default options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Splits an article into chunks.
     *
     * @param article the article; not null
     * @return the chunks in reading order; an unmodifiable list, never null
     * @throws ArticleMarkdownException if the article nests deeper than {@link ArticleMarkdown#DEFAULT_MAX_DEPTH}
     */
    public List<ArticleChunk> chunk(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        ArticleMarkdown.checkDepth(article, ArticleMarkdown.DEFAULT_MAX_DEPTH);
        List<ArticleChunk> chunks = new ArrayList<>();
        if (lead && !article.lead().isEmpty()) {
            add(article, "", List.of(), article.lead(), chunks);
        }
        for (Section section : article.sections()) {
            add(article, section, List.of(), chunks);
        }
        return List.copyOf(chunks);
    }

    private void add(Article article, Section section, List<String> above, List<ArticleChunk> chunks) {
        List<String> path = new ArrayList<>(above.size() + 1);
        path.addAll(above);
        path.add(section.heading().plainText());
        List<String> headingPath = List.copyOf(path);
        add(article, section.id(), headingPath, section.blocks(), chunks);
        for (Section subsection : section.subsections()) {
            add(article, subsection, headingPath, chunks);
        }
    }

    /** Adds the chunks of one section's blocks: one, or as many parts as the word limit needs. */
    private void add(Article article, String id, List<String> headingPath, List<Block> blocks,
            List<ArticleChunk> chunks) {
        // Part boundaries first, so that each part knows how many there are; each block is counted once.
        List<Integer> starts = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        starts.add(0);
        words.add(0);
        for (int i = 0; i < blocks.size(); i++) {
            int count = Words.count(PlainText.of(blocks.get(i)));
            int last = words.size() - 1;
            if (i > starts.get(last) && (long) words.get(last) + count > maxWords) {
                starts.add(i);
                words.add(count);
            } else {
                words.set(last, words.get(last) + count);
            }
        }
        int parts = starts.size();
        for (int part = 0; part < parts; part++) {
            int end = part + 1 < parts ? starts.get(part + 1) : blocks.size();
            chunks.add(new ArticleChunk(id, part + 1, parts, headingPath,
                    MarkdownWriter.writeBlocks(blocks.subList(starts.get(part), end)), words.get(part),
                    article.metadata().title(), article.metadata().canonicalUrl()));
        }
    }

    /**
     * Writes chunks as JSON Lines: one compact JSON object a chunk, each on its own line ending in a line feed,
     * with the properties {@code id}, {@code part}, {@code parts}, {@code anchor} (when known), {@code headingPath},
     * {@code depth}, {@code title}, {@code canonicalUrl} (when known), {@code wordCount} and {@code text}, as
     * described by the JSON Schema {@code lede-chunk-1.schema.json}.
     *
     * @param chunks the chunks; not null
     * @return the JSON Lines; empty for no chunks, never null
     */
    public static String toJsonLines(List<ArticleChunk> chunks) {
        Objects.requireNonNull(chunks, "chunks must not be null");
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            for (ArticleChunk chunk : chunks) {
                write(chunk, generator);
            }
        }
        return chunks.isEmpty() ? "" : out.append('\n').toString();
    }

    private static void write(ArticleChunk chunk, JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("id", chunk.id());
        generator.writeNumberProperty("part", chunk.part());
        generator.writeNumberProperty("parts", chunk.parts());
        optional(generator, "anchor", chunk.anchor());
        generator.writeArrayPropertyStart("headingPath");
        for (String heading : chunk.headingPath()) {
            generator.writeString(heading);
        }
        generator.writeEndArray();
        generator.writeNumberProperty("depth", chunk.depth());
        generator.writeStringProperty("title", chunk.title());
        optional(generator, "canonicalUrl", chunk.canonicalUrl());
        generator.writeNumberProperty("wordCount", chunk.wordCount());
        generator.writeStringProperty("text", chunk.text());
        generator.writeEndObject();
    }

    private static void optional(JsonGenerator generator, String name, Optional<URI> value) {
        if (value.isPresent()) {
            generator.writeStringProperty(name, value.get().toString());
        }
    }

    /** Options for an {@link ArticleChunks}. Not thread-safe; {@link #build()} as often as needed. */
    public static final class Builder {
        private int maxWords = Integer.MAX_VALUE;
        private boolean lead;

        private Builder() {}

        /**
         * The most words a chunk holds before its section is split between blocks; a block longer than this is a
         * part of its own. Default: no limit.
         *
         * @param maxWords the limit; at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxWords(int maxWords) {
            if (maxWords < 1) {
                throw new IllegalArgumentException("maxWords must be at least 1, was " + maxWords);
            }
            this.maxWords = maxWords;
            return this;
        }

        /**
         * Whether the lead (the blocks before the first section) is the first chunk, with the empty id, no
         * headings and depth 0; an empty lead is no chunk. Default false.
         *
         * @param lead true to make the lead a chunk
         * @return this builder
         */
        public Builder lead(boolean lead) {
            this.lead = lead;
            return this;
        }

        /**
         * Builds the chunker.
         *
         * @return a new immutable chunker
         */
        public ArticleChunks build() {
            return new ArticleChunks(this);
        }
    }
}
