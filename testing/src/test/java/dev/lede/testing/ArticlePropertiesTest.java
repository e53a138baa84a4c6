package dev.lede.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Paragraph;
import dev.lede.Section;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Properties of the article model over generated articles. It lives in the testing module, beside the
 * generator, because core cannot depend on lede-testing.
 */
class ArticlePropertiesTest {
    /** Generated once: generation, not checking, is what costs time. */
    private static final List<Article> ARTICLES =
            Stream.generate(ArticleGenerator.of(20261126L)::next).limit(200).toList();

    @Test
    void rebuildingFromTheComponentsGivesAnEqualArticle() {
        for (Article article : ARTICLES) {
            Article rebuilt = new Article(article.metadata(), article.hero(), article.lead(), article.sections(),
                    article.notes());
            assertThat(rebuilt).isEqualTo(article).hasSameHashCodeAs(article);
        }
    }

    @Test
    void allSectionsIsEverySectionDepthFirst() {
        for (Article article : ARTICLES) {
            List<Section> expected = new ArrayList<>();
            article.sections().forEach(section -> addDepthFirst(section, expected));
            assertThat(article.allSections()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void sectionFindsTheFirstSectionWithEachId() {
        for (Article article : ARTICLES) {
            List<Section> all = article.allSections();
            for (Section section : all) {
                Section first = all.stream().filter(s -> s.id().equals(section.id())).findFirst().orElseThrow();
                assertThat(article.section(section.id())).containsSame(first);
            }
        }
    }

    @Test
    void plainTextHasEveryHeadingAndSectionParagraphInReadingOrder() {
        for (Article article : ARTICLES) {
            String text = article.plainText();
            int from = 0;
            for (String part : readingOrder(article)) {
                int at = text.indexOf(part, from);
                assertThat(at).as("%s after offset %d", part, from).isGreaterThanOrEqualTo(0);
                from = at + part.length();
            }
        }
    }

    @Test
    void readingTimeIsWordCountOver230RoundedUp() {
        for (Article article : ARTICLES) {
            int words = article.wordCount();
            assertThat(words).isPositive();
            assertThat(article.readingTime())
                    .isEqualTo(Duration.ofMinutes((words + Article.WORDS_PER_MINUTE - 1L) / Article.WORDS_PER_MINUTE));
        }
    }

    private static void addDepthFirst(Section section, List<Section> out) {
        out.add(section);
        section.subsections().forEach(sub -> addDepthFirst(sub, out));
    }

    /** The headings and paragraphs of the sections, in the order a reader meets them. */
    private static List<String> readingOrder(Article article) {
        List<String> parts = new ArrayList<>();
        for (Section section : article.allSections()) {
            parts.add(section.heading().plainText());
            section.blocks().stream()
                    .filter(Paragraph.class::isInstance)
                    .map(Block::plainText)
                    .forEach(parts::add);
        }
        return parts;
    }
}
