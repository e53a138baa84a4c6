/**
 * Articles as Markdown: {@link dev.lede.markdown.ArticleMarkdown} writes and reads them, with
 * {@link dev.lede.markdown.MarkdownDiagnostic}s for what Markdown cannot hold or the reader leaves out.
 */
package dev.lede.markdown;
