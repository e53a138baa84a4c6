package dev.lede.html.internal;

import java.util.Locale;

/**
 * Which link targets and sources may be written or read: those with an http, https or mailto scheme, and
 * relative ones. The scheme is judged the way a browser finds it, after removing ASCII whitespace and control
 * characters, so {@code " java\tscript:"} counts as javascript.
 */
final class UrlSafety {
    private UrlSafety() {}

    static boolean isSafe(String url) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                continue;
            }
            if (c == ':') {
                return isAllowedScheme(scheme.toString());
            }
            if (c == '/' || c == '?' || c == '#' || !isSchemeChar(c, scheme.length() == 0)) {
                return true;
            }
            scheme.append(c);
        }
        return true;
    }

    private static boolean isSchemeChar(char c, boolean first) {
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return first ? letter : letter || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    }

    private static boolean isAllowedScheme(String scheme) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        return lower.equals("http") || lower.equals("https") || lower.equals("mailto");
    }
}
