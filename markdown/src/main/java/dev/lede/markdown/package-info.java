/**
 * Articles as Markdown: {@link dev.lede.markdown.ArticleMarkdown} writes and reads them, with
 * {@link dev.lede.markdown.MarkdownDiagnostic}s for what Markdown cannot hold or the reader leaves out.
 * {@link dev.lede.markdown.ArticleText} writes an article as plain text, and {@link dev.lede.markdown.ArticleChunks}
 * splits one into {@link dev.lede.markdown.ArticleChunk}s, one a section, written as JSON Lines.
 */
package dev.lede.markdown;
