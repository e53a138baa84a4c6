package dev.lede.markdown.internal;

import dev.lede.Article;
import dev.lede.Table;
import dev.lede.html.ArticleHtml;
import dev.lede.html.HtmlDiagnostic;
import dev.lede.html.HtmlReadResult;
import dev.lede.markdown.MarkdownDiagnostic.Kind;
import java.util.List;
import java.util.Optional;

/**
 * Tables GFM cannot hold, as raw HTML blocks written by lede-html's renderer and read by its reader, so the
 * allowlists and the round trip are that module's. lede-html is an optional dependency of this module: only
 * code that runs with raw HTML on loads this class (verifying it loads lede-html's), and the classes that name it
 * only pass it along. Immutable and thread-safe.
 */
public final class HtmlTables {
    // Compact output (one line, so no blank line can end the HTML block early) and no extensions. The input
    // limit is the Markdown reader's, already checked.
    private final ArticleHtml html = ArticleHtml.builder().maxInputLength(Integer.MAX_VALUE).build();

    /**
     * The table as one line of HTML. Line ends in its text become character references: a blank line would end
     * the Markdown HTML block in the middle of the table.
     */
    String write(Table table) {
        return html.renderBlock(table).replace("\n", "&#10;").replace("\r", "&#13;");
    }

    /** Whether {@code written} reads back as {@code table}: HTML collapses runs of whitespace in text. */
    boolean holds(Table table, String written) {
        return html.read(written).lead().equals(List.of(table));
    }

    /**
     * The table an HTML block holds, with what the HTML reader left out of it reported at {@code where}; empty
     * when the block holds anything but one table.
     */
    Optional<Table> read(String literal, String where, Diagnostics diagnostics) {
        // The Markdown reader checked the input's length and checks the model's depth after; jsoup keeps no more
        // than about 510 levels of elements, under the HTML reader's depth limit.
        HtmlReadResult result = html.readWithDiagnostics(literal);
        Article article = result.article();
        if (article.lead().size() != 1 || !(article.lead().get(0) instanceof Table)
                || !article.sections().isEmpty() || !article.notes().isEmpty() || article.hero().isPresent()
                || !article.metadata().title().isEmpty()) {
            return Optional.empty();
        }
        for (HtmlDiagnostic diagnostic : result.diagnostics()) {
            Kind kind = diagnostic.kind() == HtmlDiagnostic.Kind.UNSAFE_URL ? Kind.UNSAFE_URL : Kind.RAW_HTML;
            diagnostics.add(kind, where, "in an HTML table, " + diagnostic.path() + ": " + diagnostic.detail());
        }
        return Optional.of((Table) article.lead().get(0));
    }
}
