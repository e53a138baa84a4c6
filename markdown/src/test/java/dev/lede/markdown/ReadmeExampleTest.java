package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.testing.SeedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippet of the module's README, as written there, so that the README cannot drift from the code. */
class ReadmeExampleTest {
    @Test
    void theReadmeSnippetRuns() {
        Article article = SeedArticle.article();

        ArticleMarkdown markdown = ArticleMarkdown.standard();
        String text = markdown.write(article);                 // YAML front matter, then CommonMark
        Article back = markdown.read(text);                    // equal to article, within the subset below

        MarkdownWriteResult written = markdown.writeWithDiagnostics(article);
        written.diagnostics();                                 // what Markdown could not hold, and where

        ArticleMarkdown custom = ArticleMarkdown.builder()
            .frontMatter(false)                                // title as "# ", other metadata reported (default: on)
            .maxInputLength(2_000_000)                         // characters; default 10,000,000
            .maxDepth(32)                                      // model levels; default 64, the validator's
            .rawHtml(true)                                     // tables GFM cannot hold as HTML (needs lede-html; default off)
            .validate(true)                                    // default off, as for ArticleHtml
            .build();
        MarkdownReadResult read = custom.readWithDiagnostics(text);   // what the reader left out, and where

        assertThat(back).isEqualTo(article);
        assertThat(written.diagnostics()).isEmpty();
        assertThat(read.article()).isEqualTo(article);
        assertThat(custom.write(article)).startsWith("# US-Russia Alaska Summit");
    }

    @Test
    void thePlainTextAndChunksSnippetRuns() {
        Article article = SeedArticle.article();

        String text = ArticleText.write(article);             // Article.plainText() and a final line feed

        ArticleChunks chunker = ArticleChunks.builder()
            .maxWords(300)                                     // split a longer section between blocks (default: no limit)
            .lead(true)                                        // the lead is the first chunk (default: off)
            .build();
        List<ArticleChunk> chunks = chunker.chunk(article);    // one a section, in reading order
        String jsonLines = ArticleChunks.toJsonLines(chunks);  // one JSON object a line

        assertThat(text).startsWith(article.metadata().title() + "\n\n");
        assertThat(chunks).hasSize(article.allSections().size() + 1);
        assertThat(jsonLines.lines()).hasSameSizeAs(chunks);
    }
}
