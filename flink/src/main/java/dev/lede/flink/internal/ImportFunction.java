package dev.lede.flink.internal;

import dev.lede.LedeException;
import dev.lede.flink.ImportOptions;
import dev.lede.html.PageImport;
import dev.lede.html.PageImporter;
import dev.lede.json.ArticleJsonException;
import dev.lede.markdown.ArticleMarkdownException;
import dev.lede.warc.WarcException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Imports the pages: each page becomes its output lines, each failure (of the source, or of the import) an error
 * line on the {@link #ERRORS} side output, each skip a count. The importer and the line writer are built once
 * per task, in {@link #open}. A page that fails never stops the job: what the importer throws for it, a bug
 * included, is that page's error line.
 *
 * <p>Counts go to accumulators (the job's totals) and to metrics (live, per attempt). The totals are also
 * checkpointed, so that a job restored from a checkpoint, whose records before it are not read again, still
 * reports all of them; a task retried from the start (batch execution) starts from zero.
 */
public final class ImportFunction extends ProcessFunction<SourceRecord, String> implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;

    /** The side output of error lines. */
    public static final OutputTag<String> ERRORS = new OutputTag<>("errors", Types.STRING);

    private final PageImporter.Bias bias;
    private final ImportOptions.Format format;
    private final int maxInput;

    private transient PageImporter importer;
    private transient Lines lines;
    private transient Map<String, Long> restored;
    private transient Map<String, LongCounter> totals;
    private transient Map<String, Counter> metrics;
    private transient ListState<Tuple2<String, Long>> state;

    /**
     * A function importing with the job's options.
     *
     * @param options the job's options
     */
    public ImportFunction(ImportOptions options) {
        this.bias = options.bias();
        this.format = options.format();
        this.maxInput = options.maxInput();
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        state = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("lede-counts",
                Types.TUPLE(Types.STRING, Types.LONG)));
        restored = new HashMap<>();
        for (Tuple2<String, Long> count : state.get()) {
            restored.merge(count.f0, count.f1, Long::sum);
        }
    }

    @Override
    public void open(OpenContext openContext) {
        importer = PageImporter.builder().bias(bias).maxInputLength(maxInput).build();
        lines = new Lines(format);
        totals = new HashMap<>();
        metrics = new HashMap<>();
        for (String name : List.of(Counters.RECORDS, Counters.ARTICLES, Counters.LINES, Counters.ERRORS,
                Counters.SKIPPED)) {
            counter(name);
        }
        if (restored != null) {
            restored.forEach((name, count) -> counter(name).add(count));
        }
    }

    @Override
    public void processElement(SourceRecord record, Context context, Collector<String> out) {
        count(Counters.RECORDS);
        switch (record.kind()) {
            case PAGE:
                importPage(record, context, out);
                break;
            case SKIPPED:
                count(Counters.SKIPPED);
                count(Counters.SKIPPED_BY + record.code());
                break;
            case FAILED:
                error(record, record.code(), record.reason(), record.exception(), context);
                break;
            default:
                throw new IllegalStateException("unknown record kind " + record.kind());
        }
    }

    private void importPage(SourceRecord record, Context context, Collector<String> out) {
        List<String> written;
        try {
            PageImport result = record.url() == null ? importer.importPage(record.html())
                    : importer.importPage(record.html(), URI.create(record.url()));
            written = lines.page(record, result.article());
        } catch (LedeException e) {
            error(record, code(e), firstLine(e.getMessage()), e.getClass().getName(), context);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug the page triggered: this page is an error line, the job goes on.
            error(record, null, "unexpected " + e.getClass().getName() + (e.getMessage() == null ? ""
                    : ": " + firstLine(e.getMessage())) + " (a bug in Lede)", e.getClass().getName(), context);
            return;
        }
        count(Counters.ARTICLES);
        for (String line : written) {
            out.collect(line);
            count(Counters.LINES);
        }
    }

    private void error(SourceRecord record, String code, String reason, String exception, Context context) {
        context.output(ERRORS, lines.error(record, code, reason, exception));
        count(Counters.ERRORS);
        count(Counters.ERRORS_BY + (code != null ? code : exception));
    }

    /** The stable code of a Lede exception that has one. */
    private static String code(LedeException e) {
        if (e instanceof WarcException) {
            return ((WarcException) e).code();
        }
        if (e instanceof ArticleJsonException) {
            return ((ArticleJsonException) e).code();
        }
        if (e instanceof ArticleMarkdownException) {
            return ((ArticleMarkdownException) e).code();
        }
        return null;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private void count(String name) {
        counter(name).add(1);
        metrics.computeIfAbsent(name, key -> getRuntimeContext().getMetricGroup().addGroup("lede")
                .counter(key.substring("lede.".length()))).inc();
    }

    private LongCounter counter(String name) {
        return totals.computeIfAbsent(name, key -> {
            LongCounter counter = new LongCounter();
            getRuntimeContext().addAccumulator(key, counter);
            return counter;
        });
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        List<Tuple2<String, Long>> counts = new ArrayList<>(totals.size());
        totals.forEach((name, counter) -> counts.add(Tuple2.of(name, counter.getLocalValuePrimitive())));
        state.update(counts);
    }
}
