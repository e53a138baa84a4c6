package dev.lede.flink;

import dev.lede.html.PageImporter;
import dev.lede.warc.WarcPages;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.util.MultipleParameterTool;
import org.apache.flink.util.TimeUtils;

/**
 * The options of {@link LedeImportJob}, from its command line in Flink's {@code --key value} convention
 * ({@link #fromArgs}). Immutable and thread-safe. No component is null.
 *
 * @param inputs the files and folders to read: WARC files ({@code .warc}, {@code .warc.gz}) and HTML files
 *     ({@code .html}, {@code .htm}), folders searched recursively; paths or URIs of any file system Flink reads
 *     ({@code file://}, {@code hdfs://}, {@code s3://}); at least one
 * @param output the folder of the outputs: {@code articles/} and {@code errors/} are written in it
 * @param parallelism how many tasks read, import and write at once; 0 for the cluster's default
 * @param bias which way the importer leans when unsure what belongs to the article
 * @param format what an imported page becomes on its line
 * @param maxInput the longest page read, in bytes (a WARC payload once decompressed, or an HTML file), and in
 *     characters the longest the importer takes, as {@code lede --max-input} sets both
 * @param mode batch (the default: part files are committed when the input ends) or streaming (committed at
 *     each checkpoint)
 * @param checkpointInterval in streaming mode, how often a checkpoint commits the outputs written so far
 */
public record ImportOptions(List<String> inputs, String output, int parallelism, PageImporter.Bias bias,
        Format format, int maxInput, RuntimeExecutionMode mode, Duration checkpointInterval) {
    /** The usage line of the job's command line. */
    public static final String USAGE = "LedeImportJob --input PATH [--input PATH ...] --output DIR"
            + " [--parallelism N] [--bias precision|balanced|recall] [--format json|md|chunks]"
            + " [--max-input SIZE (default 16mb)] [--mode batch|streaming]"
            + " [--checkpoint-interval DURATION (streaming; default 10 s)]";

    /** What Flink's parameter tool holds for a {@code --key} given no value. */
    private static final String NO_VALUE = "__NO_VALUE_KEY";

    private static final Set<String> KEYS = Set.of("input", "output", "parallelism", "bias", "format", "max-input",
            "mode", "checkpoint-interval", "help");

    /** What an imported page becomes on its output line. */
    public enum Format {
        /** The article as Lede JSON ({@code lede/1}), under {@code "article"}. */
        JSON,
        /** The article as Markdown with YAML front matter, under {@code "markdown"}. */
        MD,
        /** One line a chunk of the article ({@code lede-chunk-1}), under {@code "chunk"}. */
        CHUNKS
    }

    /** Checks and copies the components. */
    public ImportOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("inputs must not be empty");
        }
        Objects.requireNonNull(output, "output must not be null");
        Objects.requireNonNull(bias, "bias must not be null");
        Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval must not be null");
        if (parallelism < 0) {
            throw new IllegalArgumentException("parallelism must be 0 (the default) or more, was " + parallelism);
        }
        if (maxInput < 1 || maxInput > WarcPages.MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("maxInput must be from 1 byte to 1 GiB, was " + maxInput);
        }
        if (checkpointInterval.toMillis() < 10) {
            throw new IllegalArgumentException("checkpointInterval must be at least 10 ms, was " + checkpointInterval);
        }
    }

    /**
     * The options of a command line: {@code --input} (repeatable) and {@code --output} are required; the others
     * default to the cluster's parallelism, {@code balanced}, {@code json}, {@code 16mb}, {@code batch} and
     * {@code 10 s}. Sizes and durations are read as Flink reads them ({@code 16mb}, {@code 500 ms}).
     *
     * @param args the arguments; not null
     * @return the options
     * @throws IllegalArgumentException for a missing, unknown or malformed option, naming it
     */
    public static ImportOptions fromArgs(String... args) {
        MultipleParameterTool parameters;
        try {
            parameters = MultipleParameterTool.fromArgs(args);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage() + "; usage: " + USAGE, e);
        }
        for (String key : parameters.toMultiMap().keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown option --" + key + "; usage: " + USAGE);
            }
        }
        Collection<String> inputs = parameters.getMultiParameter("input");
        if (inputs == null || inputs.isEmpty() || inputs.contains(NO_VALUE)) {
            throw new IllegalArgumentException("--input is required, with a value; usage: " + USAGE);
        }
        String output = single(parameters, "output", null);
        if (output == null) {
            throw new IllegalArgumentException("--output is required; usage: " + USAGE);
        }
        String parallelism = single(parameters, "parallelism", "0");
        String maxInput = single(parameters, "max-input", "16mb");
        String interval = single(parameters, "checkpoint-interval", "10 s");
        return new ImportOptions(List.copyOf(inputs), output, integer("parallelism", parallelism),
                choice("bias", single(parameters, "bias", "balanced"), PageImporter.Bias.class),
                choice("format", single(parameters, "format", "json"), Format.class), bytes(maxInput),
                choice("mode", single(parameters, "mode", "batch"), RuntimeExecutionMode.class),
                duration(interval));
    }

    /**
     * Whether the command line asks for the usage text only.
     *
     * @param args the arguments; not null
     * @return true for {@code --help} or {@code -h}
     */
    public static boolean wantsHelp(String... args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    private static String single(MultipleParameterTool parameters, String key, String fallback) {
        Collection<String> values = parameters.getMultiParameter(key);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException("--" + key + " is given " + values.size() + " times; give it once");
        }
        String value = values.iterator().next();
        if (value == null || value.equals(NO_VALUE)) {
            throw new IllegalArgumentException("--" + key + " needs a value; usage: " + USAGE);
        }
        return value;
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " takes a whole number, was \"" + value + "\"", e);
        }
    }

    private static <E extends Enum<E>> E choice(String key, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + key + " takes " + String.join("|", Arrays.stream(
                    type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()) + ", was \""
                    + value + "\"", e);
        }
    }

    private static int bytes(String value) {
        long size;
        try {
            size = MemorySize.parse(value).getBytes();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--max-input takes a size such as 16mb or 512kb, was \"" + value
                    + "\"", e);
        }
        if (size < 1 || size > WarcPages.MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("--max-input must be from 1 byte to 1gb, was \"" + value + "\"");
        }
        return (int) size;
    }

    private static Duration duration(String value) {
        try {
            return TimeUtils.parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--checkpoint-interval takes a duration such as 10 s or 500 ms, was \""
                    + value + "\"", e);
        }
    }
}
