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
     * Resolves a URL as a browser would (after removing the whitespace browsers ignore and percent-encoding
     * what a URL may not hold: {@link UrlSafety#encoded}), or returns empty when it does not parse or the
     * result is not a valid http or https address (one naming no host, {@code https://:0}, is not). Without a
     * base (null) only an absolute address passes.
     */
    static Optional<URI> resolve(URI base, String url) {
        String cleaned = UrlSafety.encoded(url);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI parsed = new URI(cleaned);
            URI resolved = base == null ? parsed : base.resolve(parsed);
            String address = resolved.toString();
            return UrlSafety.isWebUrl(address) && UrlSafety.isValidUrl(address) ? Optional.of(resolved)
                    : Optional.empty();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The address of content such as an image: resolved against the base, or, without a base (null), kept as
     * written (percent-encoded) when it is safe and valid, so that a relative address stays relative.
     */
    static Optional<String> contentAddress(URI base, String url) {
        if (base != null) {
            return resolve(base, url).map(URI::toString);
        }
        String cleaned = UrlSafety.encoded(url);
        return !cleaned.isEmpty() && UrlSafety.isSafeContentUrl(cleaned) && UrlSafety.isValidUrl(cleaned)
                ? Optional.of(cleaned) : Optional.empty();
    }
}
