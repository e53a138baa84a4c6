package dev.lede.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the corpora of {@code ../shared/corpora} from the repository root or a module folder. Stateless. */
final class SharedCorpora {
    private SharedCorpora() {}

    /**
     * The folder given, or the named corpus below {@code ../shared/corpora}.
     *
     * @param name the corpus folder's name, such as {@code postlight-fixtures}
     * @param given a folder named on the command line, or null
     * @return the folder, or empty when it is absent
     */
    static Optional<Path> folder(String name, String given) {
        List<Path> candidates = given != null
                ? List.of(Path.of(given))
                : List.of(Path.of("..", "shared", "corpora", name), Path.of("..", "..", "shared", "corpora", name));
        return candidates.stream().map(Path::normalize).filter(Files::isDirectory).findFirst();
    }
}
