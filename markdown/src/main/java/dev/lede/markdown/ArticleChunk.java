package dev.lede.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chunk of an article, made by {@link ArticleChunks}: a section's own blocks as Markdown (or a part of them,
 * when the section is split), with the headings above it and the article it came from. {@code id} and
 * {@code part} together identify a chunk within its article.
 *
 * <p>Immutable and thread-safe. No component is null.
 *
 * @param id the section's id; the empty string for the lead
 * @param part which part of the section this is, from 1; 1 for a section that is not split
 * @param parts how many parts the section was split into; 1 for a section that is not split
 * @param headingPath the plain text of the headings from the top section down to this one; empty for the lead
 * @param text the section's own blocks (not its heading or subsections) as Markdown, written as
 *     {@link ArticleMarkdown} writes them, with no final line end; empty for a section with no blocks
 * @param wordCount the words in the plain text of those blocks, counted as {@link dev.lede.Article#wordCount()}
 *     counts
 * @param title the article's title
 * @param canonicalUrl the article's canonical URL, if known
 */
public record ArticleChunk(String id, int part, int parts, List<String> headingPath, String text, int wordCount,
        String title, Optional<URI> canonicalUrl) {
    /** Copies and checks the components. */
    public ArticleChunk {
        Objects.requireNonNull(id, "id must not be null");
        headingPath = List.copyOf(headingPath);
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl must not be null");
        if (part < 1 || part > parts) {
            throw new IllegalArgumentException("part must be from 1 to parts (" + parts + "), was " + part);
        }
        if (wordCount < 0) {
            throw new IllegalArgumentException("wordCount must not be negative, was " + wordCount);
        }
    }

    /**
     * How deep the section is: 1 for a top-level section, 2 for its subsections, and so on; 0 for the lead.
     *
     * @return the number of headings in {@link #headingPath()}
     */
    public int depth() {
        return headingPath.size();
    }

    /**
     * Where the chunk is on the web: the canonical URL with the section's id as its fragment (any fragment the
     * URL had replaced), or the canonical URL itself for the lead.
     *
     * @return the address; empty when the canonical URL is unknown
     */
    public Optional<URI> anchor() {
        return canonicalUrl.map(url -> {
            String base = url.toString();
            int hash = base.indexOf('#');
            String page = hash < 0 ? base : base.substring(0, hash);
            return id.isEmpty() ? URI.create(page) : URI.create(page + fragment(id));
        });
    }

    /** {@code #id}, what a fragment cannot hold (a space, say) percent-encoded by {@link URI} itself. */
    private static String fragment(String id) {
        try {
            return new URI(null, null, id).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a fragment is always quotable", e);
        }
    }
}
