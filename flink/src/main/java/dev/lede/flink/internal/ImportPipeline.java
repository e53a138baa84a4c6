package dev.lede.flink.internal;

import dev.lede.flink.ImportOptions;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSource;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.PartFileInfo;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.CheckpointRollingPolicy;

/**
 * The job's graph: the file source, the import, and the two file sinks, all at the same parallelism so that
 * each task chains them (no shuffle: a page is read, imported and written by one task).
 */
public final class ImportPipeline {
    /** A part file is rolled (finished, to be committed) once it holds this many bytes. */
    static final long PART_SIZE = 128L * 1024 * 1024;

    private ImportPipeline() {}

    /**
     * The folder of the articles output.
     *
     * @param options the options
     * @return {@code OUTPUT/articles}
     */
    public static Path articlesPath(ImportOptions options) {
        return new Path(options.output(), "articles");
    }

    /**
     * The folder of the errors output.
     *
     * @param options the options
     * @return {@code OUTPUT/errors}
     */
    public static Path errorsPath(ImportOptions options) {
        return new Path(options.output(), "errors");
    }

    /**
     * Defines the job on an environment.
     *
     * @param env the environment
     * @param options the options
     * @param between what runs between the source and the import: the identity in the job, a failure injected by
     *     a test
     */
    public static void define(StreamExecutionEnvironment env, ImportOptions options,
            UnaryOperator<DataStream<SourceRecord>> between) {
        env.setRuntimeMode(options.mode());
        if (options.parallelism() > 0) {
            // Before any operator is made: each takes the environment's parallelism when it is made.
            env.setParallelism(options.parallelism());
        }
        if (options.mode() == RuntimeExecutionMode.STREAMING) {
            // The file sinks commit what was written at each checkpoint, and at the final one when the input ends.
            env.enableCheckpointing(options.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        }
        Path[] inputs = options.inputs().stream().map(Path::new).toArray(Path[]::new);
        FileSource<SourceRecord> files = FileSource.forBulkFileFormat(new PageFileFormat(options.maxInput()), inputs)
                .setFileEnumerator(PageFileEnumerator::new)
                .build();
        DataStreamSource<SourceRecord> source = env.fromSource(files, WatermarkStrategy.noWatermarks(),
                "Read WARC and HTML files");
        source.uid("lede-source");
        DataStream<SourceRecord> records = between.apply(source);
        SingleOutputStreamOperator<String> articles = records.process(new ImportFunction(options))
                .name("Import pages").uid("lede-import");
        DataStream<String> errors = articles.getSideOutput(ImportFunction.ERRORS);
        articles.sinkTo(sink(articlesPath(options), "articles")).name("Write articles").uid("lede-articles");
        errors.sinkTo(sink(errorsPath(options), "errors")).name("Write errors").uid("lede-errors");
    }

    /** An exactly-once sink of lines into {@code folder}, part files named {@code prefix-...jsonl}. */
    private static FileSink<String> sink(Path folder, String prefix) {
        return FileSink.forRowFormat(folder, new SimpleStringEncoder<String>("UTF-8"))
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withRollingPolicy(new OnCheckpointOrSize())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix(prefix).withPartSuffix(".jsonl")
                        .build())
                .build();
    }

    /**
     * Rolls a part file at every checkpoint, as {@code OnCheckpointRollingPolicy} does (the only rolling a row
     * format needs for exactly-once output), and also once it holds {@link #PART_SIZE} bytes, so that a batch
     * job's part files do not grow without bound.
     */
    static final class OnCheckpointOrSize extends CheckpointRollingPolicy<String, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean shouldRollOnEvent(PartFileInfo<String> partFile, String element) throws java.io.IOException {
            return partFile.getSize() >= PART_SIZE;
        }

        @Override
        public boolean shouldRollOnProcessingTime(PartFileInfo<String> partFile, long currentTime) {
            return false;
        }
    }
}
