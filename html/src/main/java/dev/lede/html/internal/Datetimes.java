package dev.lede.html.internal;

/**
 * How a time is written in {@code <time>}: HTML allows one to three digits of fractions of a second in
 * {@code datetime}, so the attribute carries milliseconds and the element's text the full ISO 8601 value, which
 * the reader takes when it is the same time to the millisecond. Stateless.
 */
final class Datetimes {
    private Datetimes() {}

    /** An ISO 8601 date-time with any fraction of a second beyond milliseconds cut off. */
    static String attribute(String iso) {
        int t = iso.indexOf('T');
        int dot = t < 0 ? -1 : iso.indexOf('.', t);
        if (dot < 0) {
            return iso;
        }
        int end = dot + 1;
        while (end < iso.length() && iso.charAt(end) >= '0' && iso.charAt(end) <= '9') {
            end++;
        }
        return end - dot > 4 ? iso.substring(0, dot + 4) + iso.substring(end) : iso;
    }

    /** The value to read from a {@code <time>}: its text when that spells its {@code datetime} more finely. */
    static String finer(String datetime, String text) {
        String value = datetime.strip();
        String finer = text.strip();
        return finer.length() > value.length() && attribute(finer).equals(value) ? finer : value;
    }
}
