package dev.lede.html.internal.page;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the date forms pages use in metadata: ISO 8601 with an offset or {@code Z}, an offset without colon
 * ({@code +0200}), a space instead of {@code T}, and no offset or no time at all, both taken as UTC. Stateless
 * and thread-safe.
 */
final class Dates {
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private Dates() {}

    static Optional<OffsetDateTime> parse(String value) {
        String text = value.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
        text = OFFSET_WITHOUT_COLON.matcher(text).replaceFirst("$1:$2");
        if (text.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            // not a full timestamp; try the shorter forms
        }
        try {
            return Optional.of(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // not a local timestamp either
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
