package dev.lede.html.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ISO 8601 dates and times in HTML, read one way by the reader ({@code <time>}) and the page importer (meta
 * tags, JSON-LD, microdata): with an offset, {@code Z}, an offset without colon, a zone id, a space instead of
 * {@code T}, no offset, or no time. And how a time is written in {@code <time>}: HTML allows one to three
 * digits of fractions of a second in {@code datetime}, so the attribute carries milliseconds and the element's
 * text the full value, which the reader takes when it is the same time to the millisecond. Stateless.
 */
public final class Datetimes {
    /** Longer values are not dates; parsing stops before the patterns see them. */
    private static final int MAX_LENGTH = 64;

    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    /**
     * A date as the page wrote it.
     *
     * @param local the date and time of day (midnight when there was none)
     * @param offset the offset the page wrote, if any
     * @param dateOnly whether the page gave no time of day
     */
    public record Stamp(LocalDateTime local, Optional<ZoneOffset> offset, boolean dateOnly) {
        /**
         * The moment this stands for. A date without a time is noon UTC on that date, the one moment that is
         * that date from UTC-12:00 to UTC+11:59, so it reads as the same day nearly everywhere; a time without an
         * offset takes the page's offset, and is UTC only when the page states none.
         *
         * @param pageOffset the offset the page states elsewhere, if any
         * @return the moment
         */
        public OffsetDateTime resolve(Optional<ZoneOffset> pageOffset) {
            if (dateOnly) {
                return local.toLocalDate().atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC);
            }
            return local.atOffset(offset.or(() -> pageOffset).orElse(ZoneOffset.UTC));
        }
    }

    /**
     * An ISO 8601 date or date and time, as metadata and {@code <time datetime>} write it.
     *
     * @param value the text
     * @return the date as written, or empty when it is not one
     */
    public static Optional<Stamp> parse(String value) {
        String text = value.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        text = OFFSET_WITHOUT_COLON.matcher(text).replaceFirst("$1:$2");
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            return Optional.of(new Stamp(time.toLocalDateTime(), Optional.of(time.getOffset()), false));
        } catch (DateTimeParseException e) {
            // not a timestamp with an offset; try a zone id, then the shorter forms
        }
        try {
            ZonedDateTime time = ZonedDateTime.parse(text);
            return Optional.of(new Stamp(time.toLocalDateTime(), Optional.of(time.getOffset()), false));
        } catch (DateTimeParseException e) {
            // not a zoned timestamp either
        }
        try {
            return Optional.of(new Stamp(LocalDateTime.parse(text), Optional.empty(), false));
        } catch (DateTimeParseException e) {
            // nor a local one
        }
        try {
            return Optional.of(new Stamp(LocalDate.parse(text).atStartOfDay(), Optional.empty(), true));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

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
