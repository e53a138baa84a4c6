package dev.lede.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats the command line reads and writes. */
enum Format {
    /** Lede JSON. */
    JSON("json", true),
    /** An article fragment of semantic HTML. */
    HTML("html", true),
    /** Markdown with YAML front matter. */
    MD("md", true),
    /** A whole HTML page with head metadata; written only. */
    PAGE("html", false),
    /** The article's outline for people; written only. */
    OUTLINE("txt", false),
    /** The article's plain text; written only. */
    TEXT("txt", false),
    /** One JSON object a section, as JSON Lines; written only. */
    CHUNKS("jsonl", false);

    private final String extension;
    private final boolean readable;

    Format(String extension, boolean readable) {
        this.extension = extension;
        this.readable = readable;
    }

    String extension() {
        return extension;
    }

    /** Whether articles are read in this format, by {@code --from} or a file's extension. */
    boolean readable() {
        return readable;
    }

    /** The format a file name implies: .json is JSON, .html and .htm are HTML, .md is Markdown. */
    static Optional<Format> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (lower.endsWith(".md")) {
            return Optional.of(MD);
        }
        return Optional.empty();
    }

    static Optional<Format> ofPath(Path path) {
        Path name = path.getFileName();
        return name == null ? Optional.empty() : ofFileName(name.toString());
    }
}
