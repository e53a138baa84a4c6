package dev.lede.cli;

import dev.lede.Article;
import dev.lede.LedeException;
import dev.lede.html.ArticleHtml;
import dev.lede.html.PageImport;
import dev.lede.json.ArticleJson;
import dev.lede.markdown.ArticleChunks;
import dev.lede.markdown.ArticleMarkdown;
import dev.lede.markdown.ArticleText;
import dev.lede.markdown.MarkdownDiagnostic;
import dev.lede.markdown.MarkdownWriteResult;
import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The library calls behind the commands, each converter built once per run and shared by every thread of a batch.
 * Reading never validates here: {@code validate} reports on invalid articles instead of refusing them, and
 * {@code convert} validates explicitly so that its error names the violations.
 */
final class Codecs {
    private final ArticleJson json;
    private final ArticleHtml html;
    private final ArticleMarkdown markdown;
    private final ArticleChunks chunks;

    /** Converters for reading only, or writing anything but chunks. */
    Codecs(int maxInput) {
        this(maxInput, ArticleChunks.standard(), ArticleMarkdown.builder());
    }

    /**
     * Converters that accept what {@code --max-input} lets through: text of at most {@code maxInput} bytes has at
     * most that many characters, so the library's own length limits never refuse it with another message.
     */
    Codecs(int maxInput, ArticleChunks chunks, ArticleMarkdown.Builder markdown) {
        json = ArticleJson.builder().validate(false).pretty(true).maxDocumentLength(maxInput)
                .maxStringLength(maxInput).build();
        html = ArticleHtml.builder().pretty(true).maxInputLength(maxInput).build();
        this.markdown = markdown.maxInputLength(maxInput).build();
        this.chunks = chunks;
    }

    /** Reads an article; {@code baseUri} may be null, which leaves relative URLs relative. */
    Article read(String text, Format format, URI baseUri) {
        switch (format) {
            case JSON:
                return json.read(text);
            case HTML:
                return baseUri == null ? html.read(text) : html.read(text, baseUri);
            case MD:
                return markdown.read(text);
            default:
                throw new IllegalArgumentException("cannot read " + format);
        }
    }

    /** Imports a page; without its address, relative links and images stay relative. */
    PageImport importPage(String page, URI pageUrl) {
        return pageUrl == null ? html.importPage(page) : html.importPage(page, pageUrl);
    }

    /**
     * Writes an article. What the format cannot hold and writes only as near as it can (Markdown's
     * diagnostics) goes to {@code lost}, one line each, so that no command drops it in silence.
     */
    String write(Article article, Format format, Consumer<String> lost) {
        switch (format) {
            case JSON:
                return json.write(article) + "\n";
            case HTML:
                return html.render(article);
            case PAGE:
                return html.renderDocument(article);
            case OUTLINE:
                return Outline.of(article);
            case MD:
                MarkdownWriteResult written = markdown.writeWithDiagnostics(article);
                written.diagnostics().forEach(diagnostic -> lost.accept(describe(diagnostic)));
                return written.markdown();
            case TEXT:
                return ArticleText.write(article);
            case CHUNKS:
                return ArticleChunks.toJsonLines(chunks.chunk(article));
            default:
                throw new IllegalArgumentException("cannot write " + format);
        }
    }

    /** A Markdown diagnostic as one line: {@code not held at sections[0].blocks[2]: a cell's colspan}. */
    private static String describe(MarkdownDiagnostic diagnostic) {
        return diagnostic.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " at " + diagnostic.where()
                + ": " + diagnostic.detail();
    }

    /**
     * Runs a library call on the input {@code name}, so that a library error names the input, as every other
     * error of a command does: {@code lede: a.json: the JSON is malformed at line 3 ...}.
     */
    static <T> T on(String name, Supplier<T> call) {
        try {
            return call.get();
        } catch (LedeException e) {
            throw new CliException(Lede.FAILED, Io.displayName(name) + ": " + describe(e), e);
        }
    }

    /** The message of a library error, for one line of output. */
    static String describe(LedeException e) {
        return e.getMessage().lines().findFirst().orElse(e.getClass().getSimpleName());
    }
}
