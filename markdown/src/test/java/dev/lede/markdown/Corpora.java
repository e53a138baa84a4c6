package dev.lede.markdown;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared corpora at {@code ../shared/corpora} from the repository root (tests run in the module folder, one
 * level below it). A test that needs one is skipped, saying so, when the folder is absent.
 */
final class Corpora {
    private Corpora() {}

    static Path folder(String name) {
        Path root = Files.exists(Path.of("mvnw")) ? Path.of(".") : Path.of("..");
        Path folder = root.resolve(Path.of("..", "shared", "corpora", name)).normalize();
        assumeTrue(Files.isDirectory(folder), "skipped: the corpus folder " + folder.toAbsolutePath()
                + " is absent (CI has it at ../shared/corpora)");
        return folder;
    }
}
