package dev.lede.html.internal;

import java.util.OptionalInt;

/** Readings of attribute values that the reader's parts share. Arguments are not null. Stateless. */
final class AttributeValues {
    private AttributeValues() {}

    /** Whether a space-separated attribute value holds {@code token}, ignoring case. */
    static boolean hasToken(String value, String token) {
        int length = token.length();
        for (int at = 0; (at = indexOfIgnoreCase(value, token, at)) >= 0; at++) {
            boolean startsToken = at == 0 || InputText.isWhitespace(value.charAt(at - 1));
            boolean endsToken = at + length == value.length()
                    || InputText.isWhitespace(value.charAt(at + length));
            if (startsToken && endsToken) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfIgnoreCase(String value, String token, int from) {
        for (int at = from; at + token.length() <= value.length(); at++) {
            if (value.regionMatches(true, at, token, 0, token.length())) {
                return at;
            }
        }
        return -1;
    }

    /** The integer a value states, white space around it allowed; empty when it states none. */
    static OptionalInt integer(String value) {
        if (value.isEmpty()) {
            return OptionalInt.empty(); // the usual case, answered without the cost of a thrown exception
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
