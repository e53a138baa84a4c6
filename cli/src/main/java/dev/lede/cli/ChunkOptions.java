package dev.lede.cli;

import dev.lede.markdown.ArticleChunks;
import picocli.CommandLine.Option;

/** The options of {@code --to chunks} that {@code convert}, {@code import} and {@code batch} share, as a picocli mixin. */
final class ChunkOptions {
    @Option(names = "--chunk-words", paramLabel = "N",
            description = "With --to chunks: split a section of more than N words between blocks into parts that keep"
                    + " its id and heading path, numbered by \"part\" (default: no limit).")
    Integer words;

    @Option(names = "--chunk-lead", description = "With --to chunks: make the lead (the text before the first heading) the first chunk.")
    boolean lead;

    /** The chunker the options ask for; refused for any other format, where they would do nothing in silence. */
    ArticleChunks chunker(Format target) {
        if (target != Format.CHUNKS && (words != null || lead)) {
            throw new CliException(2, "--chunk-words and --chunk-lead apply only to --to chunks");
        }
        if (words != null && words < 1) {
            throw new CliException(2, "--chunk-words must be at least 1, was " + words);
        }
        ArticleChunks.Builder chunks = ArticleChunks.builder().lead(lead);
        if (words != null) {
            chunks.maxWords(words);
        }
        return chunks.build();
    }
}
