package dev.lede.internal;

import java.nio.charset.StandardCharsets;
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

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
        if (isOwnBrowserForm(address)) {
            return address;
        }
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

    /**
     * Whether {@code address} is a valid URL string as the WHATWG URL standard defines one, the form HTML
     * requires of {@code href}, {@code src} and {@code cite}: nothing that {@link #encoded} would change (no
     * space, control character, backslash, {@code "<>^`{|}} or second {@code #}, no {@code [} or {@code ]}
     * outside the host, no {@code %} without two hex digits after it), and, when it names a host
     * ({@code //...}), a host that is not empty and a port of digits only.
     */
    public static boolean isValidUrl(String address) {
        return encoded(address).equals(address) && hasValidAuthority(address);
    }

    /**
     * The address as a browser reads it ({@link #browserForm}), with every character a valid URL string may not
     * hold percent-encoded in UTF-8 as a browser encodes it when it resolves the address ({@code "a b.gif"} is
     * {@code "a%20b.gif"}, <code>"&#123;"</code> is {@code "%7B"}), and a {@code %} not followed by two hex digits
     * encoded as {@code %25}. A valid URL string is returned unchanged, so encoding twice is encoding once.
     * Lone surrogates are left as they are: they are an error of their own.
     */
    public static String encoded(String address) {
        String form = browserForm(address);
        StringBuilder out = null;
        int authorityEnd = authorityEnd(form);
        boolean fragment = false;
        for (int i = 0; i < form.length(); ) {
            int c = form.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean keep;
            if (c == '#') {
                keep = !fragment;
                fragment = true;
            } else if (c == '[' || c == ']') {
                keep = i < authorityEnd;
            } else if (c == '%') {
                keep = i + 2 < form.length() && isHex(form.charAt(i + 1)) && isHex(form.charAt(i + 2));
            } else {
                keep = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE || isUrlCodePoint(c);
            }
            if (!keep && out == null) {
                out = new StringBuilder(form.length() + 16).append(form, 0, i);
            }
            if (out != null) {
                if (keep) {
                    out.append(form, i, next);
                } else {
                    for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                    }
                }
            }
            i = next;
        }
        return out == null ? form : out.toString();
    }

    /**
     * The WHATWG URL code points: ASCII letters and digits, {@code !$&'()*+,-./:;=?@_~}, and beyond. Surrogates,
     * which the standard excludes, are not asked about: {@link #encoded} keeps them as they are.
     */
    private static boolean isUrlCodePoint(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!$&'()*+,-./:;=?@_~".indexOf(c) >= 0;
        }
        boolean nonCharacter = c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
        return c >= 0xA0 && !nonCharacter;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * Where the authority ({@code //host:port}) of an address ends, or 0 when it has none: a scheme-relative
     * address or one whose scheme is followed by {@code //}.
     */
    private static int authorityEnd(String address) {
        int start = authorityStart(address);
        if (start < 0) {
            return 0;
        }
        int end = start;
        while (end < address.length() && "/?#".indexOf(address.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static int authorityStart(String address) {
        String scheme = urlScheme(address);
        int start = scheme == null ? 0 : scheme.length() + 1;
        return address.startsWith("//", start) ? start + 2 : -1;
    }

    /** A host that is not empty, then an optional port of digits; true when there is no authority. */
    private static boolean hasValidAuthority(String address) {
        int start = authorityStart(address);
        if (start < 0) {
            return true;
        }
        String authority = address.substring(start, authorityEnd(address));
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int close = hostPort.startsWith("[") ? hostPort.indexOf(']') : -1;
        int colon = hostPort.indexOf(':', close + 1);
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "" : hostPort.substring(colon + 1);
        boolean bracketsPaired = host.indexOf('[') < 0 && host.indexOf(']') < 0
                || host.lastIndexOf('[') == 0 && host.indexOf(']') == host.length() - 1;
        return !host.isEmpty() && bracketsPaired && port.chars().allMatch(Character::isDigit);
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

    /**
     * Whether the address is its own browser form: nothing to trim, remove or turn. Most are, and a page holds
     * many, so they are not copied.
     */
    private static boolean isOwnBrowserForm(String address) {
        int length = address.length();
        if (length > 0 && (address.charAt(0) <= ' ' || address.charAt(length - 1) <= ' ')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = address.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static String withoutIgnoredCharacters(String address) {
        int first = 0;
        while (first < address.length() && address.charAt(first) != ' '
                && !Character.isISOControl(address.charAt(first))) {
            first++;
        }
        if (first == address.length()) {
            return address;
        }
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
