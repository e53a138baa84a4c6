package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.Article;
import dev.lede.Paragraph;
import dev.lede.json.ArticleJson;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/**
 * Issue 12, "unbounded reads": {@code validate /dev/zero} and gigabytes on standard input ended in an
 * OutOfMemoryError because reading had no cap. Every input path now stops one byte past {@code --max-input}.
 */
class InputLimitTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"convert", "validate", "import"})
    void aFileJustOverTheLimitIsOneLineNamingItAndTheLimit(String command) throws IOException {
        Path big = dir.resolve("big.html");
        Files.write(big, filled(1025));

        CliRun run = CliRun.of(command, big.toString(), "--max-input", "1K");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("lede: " + big + ": more than the input limit of 1 KiB (raise it with --max-input)\n");
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws IOException {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, ArticleJson.standard().write(SeedArticle.article()));

        CliRun run = CliRun.of("validate", seed.toString(), "--max-input", Long.toString(Files.size(seed)));

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void standardInputThatNeverEndsStopsOneBytePastTheLimit() {
        Zeros zeros = new Zeros();

        CliRun run = CliRun.withStream(zeros, "validate", "-", "--from", "json", "--max-input", "1M");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lede: standard input: more than the input limit of 1 MiB (raise it with"
                + " --max-input)\n");
        assertThat(zeros.served.get()).isBetween((1L << 20) + 1, (1L << 20) + 65536);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void withoutTheOptionTheDefaultOf16MiBApplies() {
        CliRun run = CliRun.withStream(new Zeros(), "import", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lede: standard input: more than the input limit of 16 MiB (raise it with"
                + " --max-input)\n");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void devZeroIsRefusedAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");

        CliRun run = CliRun.of("validate", zero.toString(), "--from", "json", "--max-input", "2M");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lede: /dev/zero: more than the input limit of 2 MiB (raise it with"
                + " --max-input)\n");
    }

    @Test
    void batchRefusesTheFileOverTheLimitAndConvertsTheRest() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        byte[] seed = ArticleJson.standard().write(SeedArticle.article()).getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("a.json"), seed);
        Files.write(in.resolve("b.json"), filled(seed.length + 1));

        CliRun run = CliRun.of("batch", in.toString(), dir.resolve("out").toString(), "--to", "html",
                "--max-input", Integer.toString(seed.length));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("1 converted, 1 failed, 0 skipped\n");
        assertThat(run.err()).contains("lede: " + in.resolve("b.json") + ": ")
                .contains("more than the input limit of " + seed.length + " bytes (raise it with --max-input)");
    }

    /** One option decides what is too long: the library's own length limit follows it. */
    @Test
    void anInputOverTheLibrarysDefaultLengthIsReadWhenTheOptionAllowsIt() throws IOException {
        int length = (int) ArticleJson.DEFAULT_MAX_DOCUMENT_LENGTH + 1024;
        String text = "All work and no play makes a long article. ".repeat(100);
        Article article = SeedArticle.article()
                .withLead(Collections.nCopies(length / text.length() + 1, Paragraph.of(text)));
        Path big = dir.resolve("big.json");
        Files.writeString(big, ArticleJson.standard().write(article));

        CliRun run = CliRun.of("validate", big.toString(), "--max-input", "12M");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith(": valid (0 errors, 0 warnings)\n");
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "65536, 65536", "512K, 524288", "64m, 67108864", "1G, 1073741824", "1073741824, 1073741824"})
    void sizesTakeBinarySuffixes(String text, int bytes) {
        assertThat(InputLimit.parse(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0K", "2G", "1025M", "1073741825", "99999999999", "-1", "10X", "1.5M", "", "M"})
    void sizesOutsideOneByteToOneGibibyteAreRefused(String text) {
        assertThatThrownBy(() -> InputLimit.parse(text)).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void aBadSizeIsAOneLineUsageError() {
        CliRun run = CliRun.of("validate", "x.json", "--max-input", "lots");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("lede: ").contains("'lots'")
                .endsWith("(see 'lede validate --help')");
    }

    @ParameterizedTest
    @CsvSource({"67108864, 64 MiB", "1073741824, 1 GiB", "3072, 3 KiB", "1536, 1536 bytes", "1000, 1000 bytes", "1, 1 byte"})
    void limitsAreDescribedInTheLargestWholeUnit(int bytes, String text) {
        assertThat(InputLimit.describe(bytes)).isEqualTo(text);
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    /** Standard input that never ends, counting what it served. */
    private static final class Zeros extends InputStream {
        final AtomicLong served = new AtomicLong();

        @Override
        public int read() {
            served.incrementAndGet();
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 0);
            served.addAndGet(length);
            return length;
        }
    }
}
