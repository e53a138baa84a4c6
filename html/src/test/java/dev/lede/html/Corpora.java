package dev.lede.html;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The shared corpora at {@code ../shared/corpora} from the repository root (tests run in the module folder, one
 * level below it). A test that needs one is skipped, saying so, when the folder is absent.
 */
final class Corpora {
    private Corpora() {}

    static Path folder(String name) {
        // The mutation run (testing/mutation.sh) turns the corpora off: PIT runs every test that covers a surviving
        // mutant, and hundreds of real pages a mutant would take days; docs/mutation.md says so with the scores.
        assumeTrue(!"off".equals(System.getProperty("lede.corpora")),
                "skipped: the corpora are turned off (-Dlede.corpora=off)");
        Path root = Files.exists(Path.of("mvnw")) ? Path.of(".") : Path.of("..");
        Path folder = root.resolve(Path.of("..", "shared", "corpora", name)).normalize();
        assumeTrue(Files.isDirectory(folder), "skipped: the corpus folder " + folder.toAbsolutePath()
                + " is absent (CI has it at ../shared/corpora)");
        return folder;
    }

    /** The decompressed inputs of jsoup's fuzz corpus, by file, in file-name order. */
    static Map<Path, String> jsoupFuzzInputs() throws IOException {
        Path corpus = folder("jsoup-fuzztests");
        Map<Path, String> inputs = new TreeMap<>();
        try (Stream<Path> list = Files.list(corpus)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".html.gz")).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    inputs.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return inputs;
    }
}
