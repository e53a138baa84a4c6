package dev.lede.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for which addresses may appear in an article, shared by the validator and the HTML renderer so
 * that what validates is exactly what renders. Not part of the API.
 *
 * <p>An address is judged the way a browser reads it ({@link #browserForm}): tabs and newlines are removed
 * wherever they are ({@code "java\tscript:"} is {@code "javascript:"} to a browser), and backslashes are
 * slashes in http and https addresses and in relative ones ({@code "/\host"} and {@code "\\host"} are
 * {@code "//host"}). Then, more strictly than a browser, spaces and C0/C1 control characters are removed
 * wherever they are and the scheme is compared ignoring case: anything with a colon before the first
 * {@code /}, {@code ?} or {@code #} is taken to have a scheme, even where a browser would not, so that no odd
 * spelling slips past the allow-list.
 */
public final class UrlSafety {
    private static final Set<String> CONTENT_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    /** The WHATWG URL standard's special schemes, whose addresses read a backslash as a slash. */
    private static final Set<String> SPECIAL_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp", "file");

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
        String cleaned = withoutIgnoredCharacters(browserForm(address));
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

    /**
     * The address as the WHATWG URL parser reads it before resolving it: C0 controls and spaces removed at
     * both ends, ASCII tab, LF and CR removed everywhere, and, when the scheme is special (http, https, ws,
     * wss, ftp, file) or absent (a relative address, resolved against an http or https page), every backslash
     * before the query or fragment made a slash.
     */
    public static String browserForm(String address) {
        int start = 0;
        int end = address.length();
        while (start < end && address.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && address.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder form = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = address.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                form.append(c);
            }
        }
        String scheme = urlScheme(form);
        if (scheme != null && !SPECIAL_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            return form.toString();
        }
        for (int i = 0; i < form.length() && form.charAt(i) != '?' && form.charAt(i) != '#'; i++) {
            if (form.charAt(i) == '\\') {
                form.setCharAt(i, '/');
            }
        }
        return form.toString();
    }

    /** The scheme as the URL parser finds it (a letter, then letters, digits, +, - or ., then a colon), or null. */
    private static String urlScheme(CharSequence address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (c == ':' && i > 0) {
                return address.subSequence(0, i).toString();
            }
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
                return null;
            }
        }
        return null;
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
