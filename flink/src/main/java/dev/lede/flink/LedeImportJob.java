package dev.lede.flink;

import dev.lede.flink.internal.ImportPipeline;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The import job for Apache Flink: web pages from WARC files and folders of HTML files imported into Lede
 * articles, written as JSON Lines. {@code flink run lede-flink-*-job.jar --input s3://crawl/ --output s3://out/}
 * runs {@link #main}; a program embeds it with {@link #run}.
 *
 * <p>The job is a FLIP-27 {@code FileSource} reading every input file whole (a WARC record by record, through
 * {@code lede-warc}), an importer built once per task, and two exactly-once {@code FileSink}s: {@code articles/}
 * with one line an imported page ({@code {"url", "fetched", "source", "offset", "article"}}), and
 * {@code errors/} with one line a page that could not be had or imported ({@code {"url", "fetched", "source",
 * "offset", "code", "reason", "exception"}}). Part files are committed when the input ends (batch mode, the
 * default) or at each checkpoint (streaming mode); files whose name starts with a dot are in progress. Every
 * record read is counted once as an article, an error or a skip ({@link ImportCounts}). The module's README
 * describes the lines, the options and how it runs at scale.
 */
public final class LedeImportJob {
    private LedeImportJob() {}

    /**
     * Runs the job on the execution environment {@code flink run} (or, outside a cluster, a local one) provides,
     * and prints its counts. Options are {@link ImportOptions#fromArgs}'s; {@code --help} prints the usage.
     *
     * @param args the command line
     * @throws IllegalArgumentException for a bad option, naming it
     * @throws Exception when the job fails
     */
    public static void main(String[] args) throws Exception {
        if (ImportOptions.wantsHelp(args)) {
            System.out.println("usage: " + ImportOptions.USAGE);
            return;
        }
        ImportOptions options = ImportOptions.fromArgs(args);
        long start = System.nanoTime();
        ImportCounts counts = run(StreamExecutionEnvironment.getExecutionEnvironment(), options);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("lede-flink: " + counts.describe().replace(System.lineSeparator(),
                System.lineSeparator() + "lede-flink: "));
        System.out.printf(Locale.ROOT, "lede-flink: %.1f s, %.1f articles a second%n", seconds,
                counts.articles() / seconds);
        if (!counts.addsUp()) {
            System.out.println("lede-flink: the counts do not add up (a bug in Lede)");
        }
        System.out.println("lede-flink: articles in " + ImportPipeline.articlesPath(options) + ", errors in "
                + ImportPipeline.errorsPath(options));
    }

    /**
     * Defines the job on an environment, runs it to its end and returns its counts.
     *
     * @param env the environment, such as {@code StreamExecutionEnvironment.getExecutionEnvironment()}; not null
     * @param options the options; not null
     * @return the counts
     * @throws Exception when the job fails
     */
    public static ImportCounts run(StreamExecutionEnvironment env, ImportOptions options) throws Exception {
        Objects.requireNonNull(env, "env must not be null");
        Objects.requireNonNull(options, "options must not be null");
        ImportPipeline.define(env, options, UnaryOperator.identity());
        JobExecutionResult result = env.execute("Lede import: " + String.join(", ", options.inputs()) + " to "
                + options.output());
        return ImportCounts.of(result);
    }
}
