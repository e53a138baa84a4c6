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
     * ignore), or returns empty when it does not parse or the result is not an http or https address. Without
     * a base (null) only an absolute address passes.
     */
    static Optional<URI> resolve(URI base, String url) {
        String cleaned = UrlSafety.browserForm(url).replaceAll("[\\x00-\\x20\\x7F]", "");
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI parsed = new URI(cleaned.replace("|", "%7C").replace("^", "%5E"));
            URI resolved = base == null ? parsed : base.resolve(parsed);
            return UrlSafety.isWebUrl(resolved.toString()) ? Optional.of(resolved) : Optional.empty();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The address of content such as an image: resolved against the base, or, without a base (null), kept as
     * written when it is safe, so that a relative address stays relative.
     */
    static Optional<String> contentAddress(URI base, String url) {
        if (base != null) {
            return resolve(base, url).map(URI::toString);
        }
        String cleaned = url.strip();
        return !cleaned.isEmpty() && UrlSafety.isSafeContentUrl(cleaned) ? Optional.of(cleaned) : Optional.empty();
    }
}
