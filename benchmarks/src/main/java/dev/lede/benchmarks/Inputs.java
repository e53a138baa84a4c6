package dev.lede.benchmarks;

import dev.lede.Article;
import dev.lede.Section;
import dev.lede.json.ArticleJson;
import dev.lede.testing.ArticleGenerator;
import dev.lede.testing.SeedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The benchmarks' inputs, generated deterministically so that every run measures the same bytes. Stateless
 * and thread-safe.
 */
public final class Inputs {
    /** The name of the seed article input and of the seed page. */
    public static final String SEED = "seed";

    /** The sized inputs, by name, in bytes of JSON. */
    public static final Map<String, Integer> SIZES = Map.of(
            "10KB", 10 * 1024, "100KB", 100 * 1024, "1MB", 1024 * 1024, "10MB", 10 * 1024 * 1024);

    /** Reads and writes JSON without validation and without a size limit that the largest input reaches. */
    public static final ArticleJson JSON = ArticleJson.builder().validate(false)
            .maxDocumentLength(64L * 1024 * 1024).build();

    private static final long SEED_VALUE = 20251126L;
    private static final String SEED_PAGE = "examples/data/seed-page.html";

    private Inputs() {}

    /**
     * The article of a named input: {@link #SEED} for the seed article, or a key of {@link #SIZES} for the
     * sections of generated articles concatenated until their JSON reaches that size (and stays within a tenth
     * above it).
     *
     * @param name the input's name; not null
     * @param generators the kind of generated article, as a format can carry it: {@code ArticleGenerator::of},
     *     {@code ::forHtml} or {@code ::forMarkdown}; not null
     * @return the article; never null
     * @throws IllegalArgumentException for an unknown name
     */
    public static Article article(String name, LongFunction<ArticleGenerator> generators) {
        if (name.equals(SEED)) {
            return SeedArticle.article();
        }
        Integer target = SIZES.get(name);
        if (target == null) {
            throw new IllegalArgumentException("unknown input " + name + "; known: " + SEED + ", " + SIZES.keySet());
        }
        ArticleGenerator generator = generators.apply(SEED_VALUE);
        Article first = generator.next();
        // Each section is measured in an otherwise empty article: writing the growing article every time would
        // be quadratic.
        Article shell = first.withLead(List.of()).withSections(List.of());
        long shellSize = utf8Length(shell);
        long size = utf8Length(first.withSections(List.of()));
        List<Section> sections = new ArrayList<>();
        for (int n = 0; size < target; n++) {
            String prefix = "a" + n + "-";
            for (Section section : generator.next().sections()) {
                Section renamed = prefixIds(section, prefix);
                long separator = sections.isEmpty() ? 0 : 1;
                long grown = size + utf8Length(shell.withSections(List.of(renamed))) - shellSize + separator;
                // A section that would overshoot the size by more than a tenth is left for a smaller one.
                if (size < target && grown <= target + target / 10) {
                    size = grown;
                    sections.add(renamed);
                }
            }
        }
        return first.withSections(sections);
    }

    /**
     * Finds the seed page, {@code examples/data/seed-page.html}, from the repository root or a module folder.
     *
     * @return the page's HTML
     * @throws UncheckedIOException when it is found in neither place
     */
    public static String seedPage() {
        Path page = Files.exists(Path.of(SEED_PAGE)) ? Path.of(SEED_PAGE) : Path.of("..").resolve(SEED_PAGE);
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the seed page " + SEED_PAGE + " is not below the working directory"
                    + " or its parent; run from the repository root", e);
        }
    }

    /**
     * A page to import: {@link #SEED} for the seed page, otherwise a readability test page by folder name.
     *
     * @param name the page's name; not null
     * @return the page's HTML
     * @throws UncheckedIOException when the page cannot be read
     */
    public static String page(String name) {
        if (name.equals(SEED)) {
            return seedPage();
        }
        Optional<Path> folder = CorpusPage.folder(null);
        try {
            if (folder.isEmpty()) {
                throw new IOException("the corpus ../shared/corpora/" + CorpusPage.FOLDER + " is absent");
            }
            return Files.readString(folder.get().resolve(name).resolve("source.html"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long utf8Length(Article article) {
        return JSON.write(article).getBytes(StandardCharsets.UTF_8).length;
    }

    private static Section prefixIds(Section section, String prefix) {
        return section.withId(prefix + section.id())
                .withSubsections(section.subsections().stream().map(s -> prefixIds(s, prefix)).toList());
    }
}
