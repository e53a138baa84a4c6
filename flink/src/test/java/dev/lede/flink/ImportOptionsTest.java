package dev.lede.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.html.PageImporter;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.junit.jupiter.api.Test;

/** The job's command line, in Flink's {@code --key value} convention. */
class ImportOptionsTest {
    @Test
    void onlyInputAndOutputAreRequired() {
        ImportOptions options = ImportOptions.fromArgs("--input", "s3://crawl/2025/", "--output", "s3://out/");

        assertThat(options).isEqualTo(new ImportOptions(List.of("s3://crawl/2025/"), "s3://out/", 0,
                PageImporter.Bias.BALANCED, ImportOptions.Format.JSON, 16 * 1024 * 1024, RuntimeExecutionMode.BATCH,
                Duration.ofSeconds(10)));
    }

    @Test
    void everyOptionIsRead() {
        ImportOptions options = ImportOptions.fromArgs("--input", "a.warc.gz", "--input", "pages/", "--output", "out",
                "--parallelism", "8", "--bias", "recall", "--format", "chunks", "--max-input", "2mb", "--mode",
                "streaming", "--checkpoint-interval", "30 s");

        assertThat(options.inputs()).containsExactly("a.warc.gz", "pages/");
        assertThat(options.parallelism()).isEqualTo(8);
        assertThat(options.bias()).isEqualTo(PageImporter.Bias.RECALL);
        assertThat(options.format()).isEqualTo(ImportOptions.Format.CHUNKS);
        assertThat(options.maxInput()).isEqualTo(2 * 1024 * 1024);
        assertThat(options.mode()).isEqualTo(RuntimeExecutionMode.STREAMING);
        assertThat(options.checkpointInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aBadCommandLineNamesWhatIsWrong() {
        assertThatThrownBy(() -> ImportOptions.fromArgs("--output", "out")).isInstanceOf(
                IllegalArgumentException.class).hasMessageStartingWith("--input is required");
        assertThatThrownBy(() -> ImportOptions.fromArgs("--input", "in")).hasMessageStartingWith(
                "--output is required");
        assertThatThrownBy(() -> ImportOptions.fromArgs("--input", "in", "--output", "out", "--fromat", "md"))
                .hasMessageStartingWith("unknown option --fromat");
        assertThatThrownBy(() -> ImportOptions.fromArgs("--input", "in", "--output", "out", "--format", "html"))
                .hasMessage("--format takes json|md|chunks, was \"html\"");
        assertThatThrownBy(() -> ImportOptions.fromArgs("--input", "in", "--output", "out", "--bias", "greedy"))
                .hasMessage("--bias takes precision|balanced|recall, was \"greedy\"");
        assertThatThrownBy(() -> ImportOptions.fromArgs("--input", "in", "--output", "out", "--parallelism", "two"))
                .hasMessage("--parallelism takes a whole number, was \"two\"");
        assertThatThrownBy(() -> ImportOptions.fromArgs("--input", "in", "--output", "out", "--max-input", "2gb"))
                .hasMessage("--max-input must be from 1 byte to 1gb, was \"2gb\"");
        assertThatThrownBy(() -> ImportOptions.fromArgs("--input", "in", "--output", "out", "--output", "other"))
                .hasMessage("--output is given 2 times; give it once");
        assertThatThrownBy(() -> ImportOptions.fromArgs("--input", "in", "--output"))
                .hasMessageStartingWith("--output needs a value");
        assertThat(ImportOptions.wantsHelp("--help")).isTrue();
    }
}
