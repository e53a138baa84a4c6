package dev.lede.html.internal;

import dev.lede.html.AttributeProvider;
import dev.lede.html.BlockRenderer;
import java.util.List;

/** The renderer's settings, as the {@code ArticleHtml} builder checked them. Immutable. */
public record RenderOptions(boolean pretty, String classPrefix, boolean jsonLd, boolean stylesheet,
        List<BlockRenderer> blockRenderers, List<AttributeProvider> attributeProviders, int maxDepth) {}
