package dev.lede.html.internal.page;

import dev.lede.internal.UrlSafety;
import java.net.URI;
import java.util.Optional;

/**
 * Resolves the URLs a page's metadata and images give against the page's address, keeping only http and
 * https results (core's {@code UrlSafety} rule for metadata addresses). Stateless and thread-safe.
 */
final class Urls {
    private Urls() {}

    /**
     * Resolves a URL as a browser would (after removing the whitespace and control characters browsers
     * ignore), or returns empty when it does not parse or its scheme is not http or https.
     */
    static Optional<URI> resolve(URI base, String url) {
        String cleaned = url.replaceAll("[\\x00-\\x20\\x7F]", "");
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI resolved = base.resolve(new URI(cleaned.replace("|", "%7C").replace("^", "%5E")));
            return UrlSafety.isWebUrl(resolved.toString()) ? Optional.of(resolved) : Optional.empty();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
