package dev.lede.html.internal.page;

import dev.lede.html.internal.Datetimes;
import dev.lede.html.internal.Datetimes.Stamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms pages use: ISO 8601 in metadata (with an offset, {@code Z}, an offset without colon,
 * a space instead of {@code T}, no offset, or no time), dates in a page's address ({@code /2016/12/09/},
 * {@code 2016-12-09}) and datelines in visible text ("December 9, 2016 9:13 am EST", "9. Dezember 2016",
 * "09.12.2016"). ISO 8601 itself is {@link Datetimes#parse}, which the reader's {@code <time>} shares; what a
 * page leaves out is kept out: a {@link Stamp} knows whether it had a time and an offset, and
 * {@link Stamp#resolve} decides what an absent one means. Stateless and thread-safe.
 */
final class Dates {
    /** Earlier dates are not publication dates of web pages but birthdays, history and placeholders. */
    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** The longest text searched for a dateline; the patterns are linear, and this bounds them further. */
    private static final int MAX_TEXT = 300;

    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})([/-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?![0-9])");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|maerz"
            + "|april|mai|juni|juli|august|september|oktober|november|dezember|janvier|février|fevrier|mars|avril"
            + "|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo"
            + "|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-zäéû]*\\.?";
    /** "December 9, 2016" and "Dec. 9th 2016". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH
            + "\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** "9 December 2016", "9. Dezember 2016", "9 de diciembre de 2016". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})\\.?\\s{1,3}(?:de\\s{1,3})?"
            + MONTH + "\\s{1,3}(?:de\\s{1,3})?((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** "09.12.2016": day first, as everywhere that writes dots. */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d.])");
    /** "2016-12-09", "2016/12/09", "2016.12.09" and "2016年12月9日" in text. */
    private static final Pattern NUMERIC = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?:([/.-])|\\s?年\\s?)"
            + "(0?[1-9]|1[0-2])(?:\\2|\\s?月\\s?)(0?[1-9]|[12]\\d|3[01])(?![0-9])");
    /** A time after the date: "9:13 am", "09:13 Uhr", "9:13 a.m. EST". */
    private static final Pattern TIME = Pattern.compile("^[^\\d]{0,12}?(\\d{1,2})[:.](\\d{2})(?::\\d{2})?"
            + "\\s{0,2}(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s{0,2}\\(?([a-z]{3,4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(Map.entry("utc", ZoneOffset.UTC),
            Map.entry("gmt", ZoneOffset.UTC), Map.entry("est", ZoneOffset.ofHours(-5)),
            Map.entry("edt", ZoneOffset.ofHours(-4)), Map.entry("cst", ZoneOffset.ofHours(-6)),
            Map.entry("cdt", ZoneOffset.ofHours(-5)), Map.entry("mst", ZoneOffset.ofHours(-7)),
            Map.entry("mdt", ZoneOffset.ofHours(-6)), Map.entry("pst", ZoneOffset.ofHours(-8)),
            Map.entry("pdt", ZoneOffset.ofHours(-7)), Map.entry("cet", ZoneOffset.ofHours(1)),
            Map.entry("cest", ZoneOffset.ofHours(2)), Map.entry("bst", ZoneOffset.ofHours(1)),
            Map.entry("ist", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("jst", ZoneOffset.ofHours(9)));

    private Dates() {}

    /** Whether the date can be a web page's publication date: not before {@link #EARLIEST}. */
    static boolean plausible(Stamp stamp) {
        return !stamp.local().toLocalDate().isBefore(EARLIEST);
    }

    /** A metadata date, or else a dateline, for meta tags that hold either. */
    static Optional<Stamp> parseAny(String value) {
        return Datetimes.parse(value).or(() -> dateline(value));
    }

    /** The date in a page's address, such as {@code /2016/12/09/}. */
    static Optional<Stamp> inUrl(String path) {
        Matcher m = URL_DATE.matcher(path.length() > MAX_TEXT ? path.substring(0, MAX_TEXT) : path);
        return m.find() ? date(m.group(1), m.group(3), m.group(4)).map(d -> new Stamp(d.atStartOfDay(),
                Optional.empty(), true)) : Optional.empty();
    }

    /** The first date in a short visible text, with the time and zone that follow it when there are. */
    static Optional<Stamp> dateline(String text) {
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        Optional<LocalDate> date = Optional.empty();
        int end = 0;
        Matcher m = MONTH_DAY_YEAR.matcher(t);
        if (m.find()) {
            date = date(m.group(3), month(m.group(1)), m.group(2));
            end = m.end();
        } else if ((m = DAY_MONTH_YEAR.matcher(t)).find()) {
            date = date(m.group(3), month(m.group(2)), m.group(1));
            end = m.end();
        } else if ((m = DOTTED.matcher(t)).find()) {
            date = date(m.group(3), m.group(2), m.group(1));
            end = m.end();
        } else if ((m = NUMERIC.matcher(t)).find()) {
            date = date(m.group(1), m.group(3), m.group(4));
            end = m.end();
        }
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Matcher time = TIME.matcher(t.substring(end, Math.min(t.length(), end + 40)));
        if (!time.find()) {
            return Optional.of(new Stamp(date.get().atStartOfDay(), Optional.empty(), true));
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = Integer.parseInt(time.group(2));
        String half = time.group(3) == null ? "" : time.group(3).toLowerCase(Locale.ROOT);
        if (half.startsWith("p") && hour < 12) {
            hour += 12;
        } else if (half.startsWith("a") && hour == 12) {
            hour = 0;
        }
        if (hour > 23 || minute > 59) {
            return Optional.of(new Stamp(date.get().atStartOfDay(), Optional.empty(), true));
        }
        Optional<ZoneOffset> zone = time.group(4) == null ? Optional.empty()
                : Optional.ofNullable(ZONES.get(time.group(4).toLowerCase(Locale.ROOT)));
        return Optional.of(new Stamp(date.get().atTime(hour, minute), zone, false));
    }

    /** The number of a month named in one of the languages the patterns know, or "0" (no month). */
    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[][] names = {{"jan"}, {"feb", "fév", "fev"}, {"mar", "mär", "mae"}, {"apr", "avr", "abr"},
            {"may", "mai", "may"}, {"jun", "juin"}, {"jul", "juil"}, {"aug", "aoû", "aou", "ago"}, {"sep"},
            {"oct", "okt"}, {"nov"}, {"dec", "dez", "déc", "dic"}};
        if (n.startsWith("juin")) {
            return "6";
        }
        for (int i = 0; i < names.length; i++) {
            for (String prefix : names[i]) {
                if (n.startsWith(prefix)) {
                    return String.valueOf(i + 1);
                }
            }
        }
        return n.startsWith("ene") ? "1" : "0";
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
