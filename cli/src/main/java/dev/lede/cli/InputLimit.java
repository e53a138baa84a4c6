package dev.lede.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --max-input} option of every command that reads input, as a picocli mixin: the most bytes one input
 * (a file or standard input) may hold. Without a cap, {@code /dev/zero} or a multi-gigabyte stream ends in an
 * {@link OutOfMemoryError}; with it, reading stops one byte past the limit. The same number is the library's
 * length limit for the run ({@link Codecs}), so that one option decides what is too long.
 */
final class InputLimit {
    /**
     * 16 MiB: ten times the largest real page in the test corpora (1.6 MB). A 15 MB page imports, and a 15 MB JSON
     * article converts to a page, within a 128 MiB heap, so a batch converting one such input per core on eight
     * cores stays within the default heap (a quarter of the memory) of a 4 GB machine.
     */
    static final String DEFAULT = "16M";

    /** A byte array holds at most 2 GiB, and the text and parse tree take several times the bytes. */
    static final int MAX = 1 << 30;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})([kmg]?)", Pattern.CASE_INSENSITIVE);

    @Option(names = "--max-input", paramLabel = "SIZE", defaultValue = DEFAULT, converter = SizeConverter.class,
            description = "Refuse an input of more than SIZE bytes; a suffix K, M or G multiplies by 1024, 1024^2 or"
                    + " 1024^3 (default: ${DEFAULT-VALUE}, at most 1G).")
    int bytes;

    /** Parses a size such as {@code 65536}, {@code 512K}, {@code 64M} or {@code 1G}, at most {@link #MAX}. */
    static int parse(String text) {
        Matcher matcher = SIZE.matcher(text);
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + text + "' is not a size such as 65536, 512K, 64M or 1G");
        }
        long number = Long.parseLong(matcher.group(1));
        int shift = 10 * "_kmg".indexOf(matcher.group(2).isEmpty() ? "_" : matcher.group(2).toLowerCase(Locale.ROOT));
        if (number < 1 || number > MAX >> shift) {
            throw new TypeConversionException("'" + text + "' is not between 1 byte and 1G");
        }
        return (int) (number << shift);
    }

    /** A size for people: {@code 64 MiB}, {@code 512 KiB}, or {@code 1000 bytes}. */
    static String describe(int bytes) {
        String[] units = {"GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            int unit = 1 << (10 * (units.length - i));
            if (bytes % unit == 0) {
                return bytes / unit + " " + units[i];
            }
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /** Converts the option's text for picocli, which reports a bad value as a usage error. */
    static final class SizeConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return parse(value);
        }
    }
}
