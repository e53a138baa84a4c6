package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.html.ArticleHtml;
import dev.lede.json.ArticleJson;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, "batch never loses a file": each test names the finding it guards. */
class BatchSafetyTest {
    private static final String SEED_JSON = ArticleJson.standard().write(SeedArticle.article());

    @TempDir
    Path dir;

    private Path in;

    @BeforeEach
    void createInputDirectory() throws IOException {
        in = Files.createDirectory(dir.resolve("in"));
    }

    /** Finding: a.json and a.html both became a.json; with --force one overwrote the other, and "3 converted". */
    @Test
    void twoInputsThatWouldShareAnOutputAreBothRefused() throws IOException {
        Files.writeString(in.resolve("a.json"), SEED_JSON);
        Files.writeString(in.resolve("a.html"), ArticleHtml.standard().render(SeedArticle.article()));
        Files.writeString(in.resolve("b.json"), SEED_JSON);
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("a.json"), "keep me");

        CliRun run = CliRun.of("batch", in.toString(), out.toString(), "--to", "json", "--force");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("1 converted, 2 failed, 0 skipped\n");
        assertThat(run.err()).contains(
                "lede: " + in.resolve("a.html") + ": its output " + out.resolve("a.json") + " is also the output of "
                        + in.resolve("a.json") + "; neither is converted\n",
                "lede: " + in.resolve("a.json") + ": its output " + out.resolve("a.json") + " is also the output of "
                        + in.resolve("a.html") + "; neither is converted\n");
        assertThat(Files.readString(out.resolve("a.json"))).isEqualTo("keep me");
        assertThat(out.resolve("b.json")).exists();
    }

    /** Finding: a.json and a.html both became a.json; names that differ only in case are one file on macOS. */
    @Test
    void namesThatDifferOnlyInCaseShareAnOutput() throws IOException {
        Files.writeString(in.resolve("Story.json"), SEED_JSON);
        Files.writeString(in.resolve("story.htm"), ArticleHtml.standard().render(SeedArticle.article()));

        CliRun run = CliRun.of("batch", in.toString(), dir.resolve("out").toString(), "--to", "html");

        assertThat(run.out()).isEqualTo("0 converted, 2 failed, 0 skipped\n");
        assertThat(run.err()).contains("neither is converted");
    }

    /** Finding: the same folder as input and output overwrote the inputs. */
    @Test
    void theInputFolderUnderAnyNameIsRefusedAsTheOutputFolder() throws IOException {
        Files.writeString(in.resolve("a.json"), SEED_JSON);
        Files.writeString(in.resolve("b.html"), "<article><h1>B</h1><p>b</p></article>");

        Files.createDirectory(dir.resolve("elsewhere"));
        for (Path out : List.of(in, in.resolve("."), dir.resolve("elsewhere").resolve("..").resolve("in"))) {
            CliRun run = CliRun.of("batch", in.toString(), out.toString(), "--to", "json", "--force");

            assertThat(run.exitCode()).as(out.toString()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("lede: " + out + ": is the input directory " + in
                    + "; outputs would overwrite or mix with the inputs, choose another OUT_DIR\n");
        }
        assertThat(Files.readString(in.resolve("a.json"))).isEqualTo(SEED_JSON);
        try (Stream<Path> files = Files.list(in)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.json", "b.html");
        }
    }

    /** Finding: the same folder as input and output; a folder inside it is fine, as subfolders are not read. */
    @Test
    void aFolderInsideTheInputFolderTakesOutputsThatAreNeverReadBack() throws IOException {
        Files.writeString(in.resolve("a.json"), SEED_JSON);
        Path out = in.resolve("out");

        CliRun first = CliRun.of("batch", in.toString(), out.toString(), "--to", "json");
        CliRun second = CliRun.of("batch", in.toString(), out.toString(), "--to", "json", "--force");

        assertThat(first.out()).isEqualTo("1 converted, 0 failed, 0 skipped\n");
        assertThat(second.out()).isEqualTo("1 converted, 0 failed, 0 skipped\n");
    }

    /** Finding: symbolic links inside the input folder were followed out of it. */
    @Test
    void aLinkLeadingOutOfTheInputFolderIsSkippedAndOneLeadingInsideIsFollowed() throws IOException {
        Path secret = Files.writeString(Files.createDirectory(dir.resolve("private")).resolve("secret.json"), SEED_JSON);
        Files.writeString(Files.createDirectory(in.resolve("drafts")).resolve("draft.json"), SEED_JSON);
        symbolicLink(in.resolve("leak.json"), secret);
        symbolicLink(in.resolve("alias.json"), Path.of("drafts", "draft.json"));
        symbolicLink(in.resolve("dangling.json"), Path.of("nowhere.json"));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("batch", in.toString(), out.toString(), "--to", "html");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("1 converted, 0 failed, 2 skipped\n");
        assertThat(run.err()).contains(
                "lede: " + in.resolve("leak.json") + ": skipped: a symbolic link leading out of " + in + ", not followed\n",
                "lede: " + in.resolve("dangling.json") + ": skipped: a symbolic link that leads nowhere\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("alias.html");
        }
    }

    /** Finding: every output file was created mode 0600 whatever the umask. */
    @Test
    void aNewOutputHasTheModeAnyNewFileOfTheProcessGets() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        assumePosix(out);
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.writeString(dir.resolve("probe"), ""));
        Files.writeString(in.resolve("a.json"), SEED_JSON);

        CliRun batch = CliRun.of("batch", in.toString(), out.toString(), "--to", "html");
        CliRun convert = CliRun.of("convert", in.resolve("a.json").toString(), "-o", out.resolve("c.html").toString());

        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(Files.getPosixFilePermissions(out.resolve("a.html"))).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(out.resolve("c.html"))).isEqualTo(usual);
    }

    /** Finding: --force changed an existing file's mode. */
    @Test
    void aReplacedOutputKeepsItsMode() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        assumePosix(out);
        Files.writeString(in.resolve("a.json"), SEED_JSON);
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r--r-----");
        Files.setPosixFilePermissions(Files.writeString(out.resolve("a.html"), "old"), shared);
        Files.setPosixFilePermissions(Files.writeString(out.resolve("c.html"), "old"), readOnly);

        CliRun batch = CliRun.of("batch", in.toString(), out.toString(), "--to", "html", "--force");
        CliRun convert = CliRun.of("convert", in.resolve("a.json").toString(), "-o", out.resolve("c.html").toString(),
                "--force");

        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(Files.readString(out.resolve("a.html"))).startsWith("<article");
        assertThat(Files.readString(out.resolve("c.html"))).startsWith("<article");
        assertThat(Files.getPosixFilePermissions(out.resolve("a.html"))).isEqualTo(shared);
        assertThat(Files.getPosixFilePermissions(out.resolve("c.html"))).isEqualTo(readOnly);
    }

    private static void symbolicLink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "this file system refuses symbolic links: " + e);
        }
    }

    private static void assumePosix(Path path) {
        assumeTrue(Files.getFileAttributeView(path, PosixFileAttributeView.class) != null,
                "not a POSIX file system");
    }
}
