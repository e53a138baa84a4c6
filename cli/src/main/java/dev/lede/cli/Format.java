package dev.lede.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats the command line reads and writes. */
enum Format {
    /** Lede JSON. */
    JSON("json"),
    /** An article fragment of semantic HTML. */
    HTML("html"),
    /** A whole HTML page with head metadata; written only. */
    PAGE("html"),
    /** The article's outline for people; written only. */
    OUTLINE("txt");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /** The format a file name implies: .json is JSON, .html and .htm are HTML. */
    static Optional<Format> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    static Optional<Format> ofPath(Path path) {
        Path name = path.getFileName();
        return name == null ? Optional.empty() : ofFileName(name.toString());
    }
}
