package dev.lede.html.internal;

import dev.lede.html.HtmlDiagnostic;
import dev.lede.internal.UrlSafety;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * The URLs in a read's attributes: resolved against the base, checked and encoded, and reported when refused.
 * Arguments are not null. Not thread-safe: one per read, as its diagnostics are.
 */
final class Urls {
    /** Null to leave relative URLs as they are. */
    private final URI base;
    private final Diagnostics diagnostics;

    Urls(URI base, Diagnostics diagnostics) {
        this.base = base;
        this.diagnostics = diagnostics;
    }

    /**
     * The address resolved against the base as jsoup resolves an element's URL attribute ({@code absUrl}), through
     * its public API: jsoup's own resolver sits in a package its module does not export. Empty when it cannot be
     * resolved.
     */
    private static String resolve(String base, String address) {
        return new Element(Tag.valueOf("a"), base).attr("href", address).absUrl("href");
    }

    /**
     * The URL in an attribute, resolved against the base and percent-encoded as a browser encodes it
     * ({@link UrlSafety#encoded}, which leaves a valid URL as it is, so that what the renderer wrote reads back
     * exact), when its scheme is safe, before encoding and after, and it is then a valid URL; else reported.
     */
    Optional<String> safeUrl(Element element, String attribute) {
        String raw = element.attr(attribute);
        if (!UrlSafety.isSafeContentUrl(raw)) {
            diagnostics.report(HtmlDiagnostic.Kind.UNSAFE_URL, element, attribute + " with an unsafe scheme");
            return Optional.empty();
        }
        String address = UrlSafety.encoded(raw);
        if (base != null) {
            String resolved = resolve(element.baseUri(), address);
            if (!resolved.isEmpty() && !UrlSafety.isSafeContentUrl(resolved)) {
                diagnostics.report(HtmlDiagnostic.Kind.UNSAFE_URL, element, attribute
                        + " resolves to an unsafe scheme");
                return Optional.empty();
            }
            address = resolved.isEmpty() ? address : UrlSafety.encoded(resolved);
        }
        if (!UrlSafety.isSafeContentUrl(address)) {
            // Encoding made a control character inside the scheme visible ("http\u007F:" is "http%7F:"): the
            // address kept is judged as the renderer and the validator judge it.
            diagnostics.report(HtmlDiagnostic.Kind.UNSAFE_URL, element, attribute + " with an unsafe scheme");
            return Optional.empty();
        }
        if (!UrlSafety.isValidUrl(address)) {
            diagnostics.report(HtmlDiagnostic.Kind.UNSAFE_URL, element, attribute
                    + " is not a valid URL (no host)");
            return Optional.empty();
        }
        return Optional.of(address);
    }

    /** {@link #safeUrl}, as a URI; reported when it is not one. */
    Optional<URI> url(Element element, String attribute) {
        return safeUrl(element, attribute).flatMap(value -> {
            try {
                return Optional.of(new URI(value));
            } catch (URISyntaxException e) {
                diagnostics.report(HtmlDiagnostic.Kind.UNSAFE_URL, element, attribute + " is not a valid URI");
                return Optional.empty();
            }
        });
    }
}
