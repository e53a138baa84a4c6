package dev.lede.cli;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Contributor;
import dev.lede.Note;
import dev.lede.Publisher;
import dev.lede.Section;
import dev.lede.validation.ArticleValidator;
import dev.lede.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An article's outline for people: title, byline and size, hero, lead, the section tree with ids, notes, and
 * whether it is ready to publish.
 */
final class Outline {
    private Outline() {}

    static String of(Article article) {
        StringBuilder out = new StringBuilder();
        String byline = article.metadata().authors().stream().map(Contributor::name).collect(Collectors.joining(", "));
        out.append(article.metadata().title()).append('\n');
        out.append(String.format(Locale.ROOT, "%s%s · %d words · %d min read%n",
                byline.isEmpty() ? "" : "by " + byline + ", ",
                article.metadata().publisher().map(Publisher::name).orElse("no publisher"), article.wordCount(),
                article.readingTime().toMinutes()));
        article.hero().ifPresent(hero -> out.append("hero: ").append(hero.image().alt()).append('\n'));
        out.append("lead: ").append(describe(article.lead())).append('\n');
        for (Section section : article.sections()) {
            appendSection(section, 1, out);
        }
        for (Note note : article.notes()) {
            out.append("note (").append(note.kind().name().toLowerCase(Locale.ROOT)).append("): ")
                    .append(note.title().orElse("")).append('\n');
        }
        ValidationReport report = ArticleValidator.standard().validatePublishable(article);
        out.append(report.isValid() ? "publishable: yes" : "publishable: no").append('\n');
        report.violations().forEach(violation -> out.append("  ").append(violation).append('\n'));
        return out.toString();
    }

    private static void appendSection(Section section, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append("§ ").append(section.heading().plainText()).append("  #")
                .append(section.id()).append("  (").append(describe(section.blocks())).append(")\n");
        for (Section subsection : section.subsections()) {
            appendSection(subsection, depth + 1, out);
        }
    }

    private static String describe(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return "no blocks";
        }
        return blocks.stream()
                .collect(Collectors.groupingBy(block -> block.getClass().getSimpleName(), TreeMap::new,
                        Collectors.counting()))
                .entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }
}
