package dev.lede.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for which addresses may appear in an article, shared by the validator and the HTML renderer so
 * that what validates is exactly what renders. Not part of the API.
 *
 * <p>An address is judged the way a browser reads it: ASCII whitespace and C0/C1 control characters are
 * removed wherever they are ({@code "java\tscript:"} is {@code "javascript:"} to a browser), and the scheme is
 * compared ignoring case. Anything with a colon before the first {@code /}, {@code ?} or {@code #} is taken to
 * have a scheme, even where a browser would not, so that no odd spelling slips past the allow-list.
 */
public final class UrlSafety {
    private static final Set<String> CONTENT_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private UrlSafety() {}

    /**
     * Whether {@code address} may be a link target, image source or quote source: relative, or http, https or
     * mailto.
     */
    public static boolean isSafeContentUrl(String address) {
        return scheme(address).map(CONTENT_SCHEMES::contains).orElse(true);
    }

    /** Whether {@code address} is an absolute http or https address, as metadata addresses must be. */
    public static boolean isWebUrl(String address) {
        return scheme(address).map(WEB_SCHEMES::contains).orElse(false);
    }

    /**
     * The scheme of {@code address} in lower case, after removing what browsers ignore; empty for a relative
     * address.
     */
    public static Optional<String> scheme(String address) {
        String cleaned = withoutIgnoredCharacters(address);
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c == ':') {
                return Optional.of(cleaned.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
        }
        return Optional.empty();
    }

    private static String withoutIgnoredCharacters(String address) {
        StringBuilder kept = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c != ' ' && !Character.isISOControl(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
