package dev.lede.flink.internal;

import dev.lede.Article;
import dev.lede.flink.ImportOptions;
import dev.lede.json.LedeJsonModule;
import dev.lede.markdown.ArticleChunk;
import dev.lede.markdown.ArticleChunks;
import dev.lede.markdown.ArticleMarkdown;
import dev.lede.markdown.MarkdownDiagnostic;
import dev.lede.markdown.MarkdownWriteResult;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output lines, each one compact JSON object without its line end: an imported page as
 * {@code {"url", "fetched", "source", "offset", "article"}} (or {@code "markdown"} and {@code "warnings"}, each
 * warning a {@code {"kind", "where", "detail"}} of what Markdown could not hold; or one line a {@code "chunk"}), and a failure as {@code {"url", "fetched", "source", "offset", "code", "reason",
 * "exception"}}, each property left out when unknown. The article is the canonical {@code lede/1} JSON that
 * {@code ArticleJson} writes, through {@link LedeJsonModule}. Not thread-safe: one per task.
 */
public final class Lines {
    private final JsonMapper mapper = JsonMapper.builder().addModule(new LedeJsonModule()).build();
    private final ImportOptions.Format format;
    private final ArticleMarkdown markdown = ArticleMarkdown.standard();

    /**
     * Lines in an output format.
     *
     * @param format what an imported page becomes
     */
    public Lines(ImportOptions.Format format) {
        this.format = format;
    }

    /**
     * The lines of an imported page: one, or one a chunk (none for an article without sections).
     *
     * @param page the record the page came from
     * @param article its article
     * @return the lines
     */
    public List<String> page(SourceRecord page, Article article) {
        switch (format) {
            case JSON:
                return List.of(line(page, generator -> generator.writePOJOProperty("article", article)));
            case MD:
                MarkdownWriteResult written = markdown.writeWithDiagnostics(article);
                return List.of(line(page, generator -> {
                    generator.writeStringProperty("markdown", written.markdown());
                    if (!written.diagnostics().isEmpty()) {
                        generator.writeArrayPropertyStart("warnings");
                        for (MarkdownDiagnostic diagnostic : written.diagnostics()) {
                            generator.writeStartObject();
                            generator.writeStringProperty("kind", diagnostic.kind().name().toLowerCase(Locale.ROOT)
                                    .replace('_', '-'));
                            generator.writeStringProperty("where", diagnostic.where());
                            generator.writeStringProperty("detail", diagnostic.detail());
                            generator.writeEndObject();
                        }
                        generator.writeEndArray();
                    }
                }));
            case CHUNKS:
                List<String> lines = new ArrayList<>();
                for (ArticleChunk chunk : ArticleChunks.standard().chunk(article)) {
                    String json = ArticleChunks.toJsonLines(List.of(chunk)).strip();
                    lines.add(line(page, generator -> {
                        generator.writeName("chunk");
                        generator.writeRawValue(json);
                    }));
                }
                return lines;
            default:
                throw new IllegalStateException("no lines for " + format);
        }
    }

    /**
     * The line of a failure.
     *
     * @param record the record that failed, or that held the page that failed
     * @param code a stable code, or null
     * @param reason what went wrong, for people
     * @param exception the exception's class name
     * @return the line
     */
    public String error(SourceRecord record, String code, String reason, String exception) {
        return line(record, generator -> {
            if (code != null) {
                generator.writeStringProperty("code", code);
            }
            generator.writeStringProperty("reason", reason);
            generator.writeStringProperty("exception", exception);
        });
    }

    private String line(SourceRecord record, Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = mapper.createGenerator(out)) {
            generator.writeStartObject();
            if (record.url() != null) {
                generator.writeStringProperty("url", record.url());
            }
            if (record.fetched() != null) {
                generator.writeStringProperty("fetched", record.fetched());
            }
            generator.writeStringProperty("source", record.source());
            if (record.offset() >= 0) {
                generator.writeNumberProperty("offset", record.offset());
            }
            body.accept(generator);
            generator.writeEndObject();
        }
        return out.toString();
    }
}
