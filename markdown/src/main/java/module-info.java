/**
 * Articles as Markdown: CommonMark with GFM tables and YAML front matter, on commonmark-java (no commonmark or
 * Jackson type in the API).
 */
module dev.lede.markdown {
    requires transitive dev.lede;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    // Optional: only for tables written and read as raw HTML (ArticleMarkdown.Builder#rawHtml).
    requires static dev.lede.html;

    exports dev.lede.markdown;
}
