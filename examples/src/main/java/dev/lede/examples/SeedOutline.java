package dev.lede.examples;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Contributor;
import dev.lede.Note;
import dev.lede.Publisher;
import dev.lede.Section;
import dev.lede.testing.SeedArticle;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The main job until the command line exists: builds the seed article, validates it as publishable and
 * prints its outline. Stateless and thread-safe.
 */
public final class SeedOutline {
    private SeedOutline() {}

    /**
     * Prints the seed article's outline and validation result to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Article article = SeedArticle.article();
        print(article, ArticleValidator.standard().validatePublishable(article), System.out);
    }

    /**
     * Writes an article's outline: title, byline, size, hero, lead, the section tree with ids, notes, and the
     * validation result.
     *
     * @param article the article; not null
     * @param report its validation report; not null
     * @param out where to write; not null
     */
    public static void print(Article article, ValidationReport report, PrintStream out) {
        String byline = article.metadata().authors().stream().map(Contributor::name)
                .collect(Collectors.joining(", "));
        String publisher = article.metadata().publisher().map(Publisher::name).orElse("");
        out.println(article.metadata().title());
        out.printf(Locale.ROOT, "%s%s · %d words · %d min read%n",
                byline.isEmpty() ? "" : "by " + byline + ", ", publisher, article.wordCount(),
                article.readingTime().toMinutes());
        article.hero().ifPresent(hero -> out.println("hero: " + hero.image().alt()));
        out.println("lead: " + describe(article.lead()));
        for (Section section : article.sections()) {
            printSection(section, 1, out);
        }
        for (Note note : article.notes()) {
            out.println("note (" + note.kind().name().toLowerCase(Locale.ROOT) + "): " + note.title().orElse(""));
        }
        out.println(report.isValid() ? "publishable: yes" : "publishable: no");
        report.violations().forEach(violation -> out.println("  " + violation));
    }

    private static void printSection(Section section, int depth, PrintStream out) {
        out.println("  ".repeat(depth) + "§ " + section.heading().plainText() + "  #" + section.id()
                + "  (" + describe(section.blocks()) + ")");
        for (Section subsection : section.subsections()) {
            printSection(subsection, depth + 1, out);
        }
    }

    private static String describe(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return "no blocks";
        }
        return blocks.stream()
                .collect(Collectors.groupingBy(block -> block.getClass().getSimpleName(),
                        TreeMap::new, Collectors.counting()))
                .entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }
}
