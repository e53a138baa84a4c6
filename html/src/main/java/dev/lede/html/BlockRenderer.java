package dev.lede.html;

import dev.lede.Block;

/**
 * Renders some blocks differently, in the manner of commonmark-java's {@code NodeRenderer}, without forking
 * the renderer. Registered with {@link ArticleHtml.Builder#blockRenderer}; asked about every block in order of
 * registration, the first to accept it writes it.
 *
 * <p>The reader knows only the standard markup, so an article rendered with a block renderer reads back equal
 * only if the renderer writes markup the reader maps to the same block. Implementations must be thread-safe
 * when the {@link ArticleHtml} they are registered with is shared.
 */
@FunctionalInterface
public interface BlockRenderer {
    /**
     * Writes a block, or declines to.
     *
     * @param block the block; not null
     * @param context where to write it, and the standard rendering to fall back on; not null
     * @return true when this renderer wrote the block, false to leave it to the next renderer
     */
    boolean render(Block block, RenderContext context);
}
