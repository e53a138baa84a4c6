package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.testing.SeedArticle;
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
            .validate(true)                                    // default off, as for ArticleHtml
            .build();
        MarkdownReadResult read = custom.readWithDiagnostics(text);   // what the reader left out, and where

        assertThat(back).isEqualTo(article);
        assertThat(written.diagnostics()).isEmpty();
        assertThat(read.article()).isEqualTo(article);
        assertThat(custom.write(article)).startsWith("# US-Russia Alaska Summit");
    }
}
