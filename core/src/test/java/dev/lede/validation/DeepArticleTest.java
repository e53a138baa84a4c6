package dev.lede.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Metadata;
import dev.lede.Note;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Section;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Articles nested far deeper than any limit, built iteratively. Records compute equals, hashCode and toString
 * by recursion, so these tests never call them on the articles.
 */
class DeepArticleTest {
    private static final int DEEP = 10_000;

    private static Section sections(int depth) {
        Section section = new Section("s", RichText.of("Deepest"), List.of(Paragraph.of("Text.")), List.of());
        for (int i = 1; i < depth; i++) {
            section = new Section("s" + i, RichText.of("Heading"), List.of(), List.of(section));
        }
        return section;
    }

    private static Quote quotes(int depth) {
        Quote quote = new Quote(List.of(Paragraph.of("Said.")), Optional.empty(), Optional.empty());
        for (int i = 1; i < depth; i++) {
            quote = new Quote(List.of(quote), Optional.empty(), Optional.empty());
        }
        return quote;
    }

    private static Paragraph emphasis(int depth) {
        Inline inline = Inline.Emphasis.of("deep");
        for (int i = 1; i < depth; i++) {
            inline = new Inline.Emphasis(RichText.of(inline));
        }
        return Paragraph.of(inline);
    }

    private static ListBlock lists(int depth) {
        ListItem item = ListItem.of("Item.");
        for (int i = 1; i < depth; i++) {
            item = ListItem.of(new ListBlock(false, 1, List.of(item)));
        }
        return new ListBlock(false, 1, List.of(item));
    }

    private static Article lead(Block block) {
        return new Article(Metadata.of("Deep"), Optional.empty(), List.of(block), List.of(), List.of());
    }

    private static void assertTooDeep(ValidationReport report, String path) {
        assertThat(report.violations()).hasSize(1);
        Violation violation = report.violations().get(0);
        assertThat(violation.path()).isEqualTo(path);
        assertThat(violation.code()).isEqualTo("article.too-deep");
        assertThat(violation.severity()).isEqualTo(Severity.ERROR);
        assertThat(violation.message()).isEqualTo("article nests more than 64 levels deep");
    }

    @Test
    void tenThousandNestedSections() {
        Article article = new Article(Metadata.of("Deep"), Optional.empty(), List.of(), List.of(sections(DEEP)),
                List.of());
        assertTooDeep(ArticleValidator.standard().validate(article), "sections[0]" + ".subsections[0]".repeat(64));
        assertTooDeep(ArticleValidator.standard().validatePublishable(article),
                "sections[0]" + ".subsections[0]".repeat(64));
    }

    @Test
    void tenThousandNestedQuotes() {
        assertTooDeep(ArticleValidator.standard().validate(lead(quotes(DEEP))), "lead[0]" + ".blocks[0]".repeat(64));
    }

    @Test
    void tenThousandNestedEmphases() {
        assertTooDeep(ArticleValidator.standard().validate(lead(emphasis(DEEP))),
                "lead[0].text.inlines[0]" + ".content.inlines[0]".repeat(64));
    }

    @Test
    void tenThousandNestedListItems() {
        assertTooDeep(ArticleValidator.standard().validate(lead(lists(DEEP))),
                "lead[0].items[0]" + ".blocks[0].items[0]".repeat(64));
    }

    @Test
    void deepInsideANoteAfterValidParts() {
        Note note = new Note(NoteKind.UPDATE, Optional.empty(), List.of(Paragraph.of("Fine."), quotes(DEEP)));
        Article article = Articles.publishable().withNotes(List.of(note));
        assertTooDeep(ArticleValidator.standard().validate(article), "notes[0].blocks[1]" + ".blocks[0]".repeat(63));
    }

    @Test
    void theLimitItselfIsAllowed() {
        ArticleValidator validator = ArticleValidator.builder().maxDepth(3).build();
        assertThat(validator.validate(lead(quotes(3))).violations()).isEmpty();
        ValidationReport report = validator.validate(lead(quotes(4)));
        assertThat(report.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lead[0].blocks[0].blocks[0].blocks[0]", "article.too-deep"));
        assertThat(report.violations().get(0).message()).isEqualTo("article nests more than 3 levels deep");
    }

    /** Strong text and links are a level deeper than what holds them, as emphasis is. */
    @Test
    void strongTextAndLinksCountALevel() {
        ArticleValidator validator = ArticleValidator.builder().maxDepth(1).build();
        for (Inline inner : List.of(Inline.Strong.of("deep"), Inline.Link.of("#x", "deep"))) {
            Article article = lead(Paragraph.of(new Inline.Emphasis(RichText.of(inner))));
            assertThat(validator.validate(article).violations()).extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("lead[0].text.inlines[0].content.inlines[0]", "article.too-deep"));
            assertThat(ArticleValidator.builder().maxDepth(2).build().validate(article).violations()).isEmpty();
        }
    }

    @Test
    void mixedNestingCountsEveryLevel() {
        Quote quote = new Quote(List.of(new ListBlock(false, 1, List.of(ListItem.of(emphasis(2))))), Optional.empty(),
                Optional.empty());
        Article article = new Article(Metadata.of("Mixed"), Optional.empty(), List.of(),
                List.of(new Section("a", RichText.of("A"), List.of(quote), List.of())), List.of());
        assertThat(ArticleValidator.builder().maxDepth(5).build().validate(article).violations()).isEmpty();
        assertThat(ArticleValidator.builder().maxDepth(4).build().validate(article).violations())
                .extracting(Violation::path)
                .containsExactly("sections[0].blocks[0].blocks[0].items[0].blocks[0].text.inlines[0].content.inlines[0]");
    }

    /** Validation's blankness checks recurse once per level; at the cap on maxDepth it must fit a small stack. */
    @Test
    void theHighestLimitFitsInASmallThreadStack() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                theHighestLimitIsAllowed();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 640 * 1024);
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
    }

    private static void theHighestLimitIsAllowed() {
        int max = ArticleValidator.MAX_MAX_DEPTH;
        ArticleValidator validator = ArticleValidator.builder().maxDepth(max).build();
        assertThat(validator.validate(lead(emphasis(max))).violations()).isEmpty();
        assertThat(validator.validate(lead(lists(max))).violations()).isEmpty();
        assertThat(validator.validatePublishable(lead(quotes(max))).violations()).extracting(Violation::code)
                .containsExactly("publisher.missing", "published.missing", "hero.missing");
        Article sections = new Article(Metadata.of("Deep"), Optional.empty(), List.of(), List.of(sections(max)),
                List.of());
        assertThat(validator.validate(sections).violations()).extracting(Violation::code)
                .containsExactly("section.too-deep");
        assertThat(validator.validate(lead(emphasis(max + 1))).violations()).extracting(Violation::code)
                .containsExactly("article.too-deep");
    }
}
