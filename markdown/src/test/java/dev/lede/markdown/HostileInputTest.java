package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Markdown shaped as the HTML reader's hostile pages were (issue 12), each 1 to 5 MB: the reader's time stays
 * linear in the input, as a quadratic step would take minutes at these sizes. The time limit is a hang guard,
 * not a benchmark; each shape also reads into what it says, so nothing is skipped to be fast.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {
    private static final ArticleMarkdown MARKDOWN = ArticleMarkdown.builder().maxInputLength(16 << 20).build();
    private static final int MANY = 100_000;

    @Test
    void manyDuplicateHeadingsGetUniqueIdsInLinearTime() {
        Article article = MARKDOWN.read("# T\n\n" + "## Same\n\nText.\n\n".repeat(MANY));

        assertThat(article.sections()).hasSize(MANY);
        assertThat(article.sections().get(MANY - 1).id()).isEqualTo("same-" + MANY);
    }

    @Test
    void manyExplicitIds() {
        String sections = IntStream.range(0, MANY).mapToObj(i -> "## Heading {#part-" + i + "}\n\nText.\n\n")
                .collect(Collectors.joining());

        Article article = MARKDOWN.read("# T\n\n" + sections);

        assertThat(article.sections()).hasSize(MANY);
        assertThat(article.sections().get(MANY - 1).id()).isEqualTo("part-" + (MANY - 1));
    }

    @Test
    void aLongTableAndALongList() {
        Article table = MARKDOWN.read("# T\n\n| a | b |\n|---|---|\n" + "| x | y |\n".repeat(MANY));
        Article list = MARKDOWN.read("# T\n\n" + "- item\n".repeat(MANY));

        assertThat(table.lead()).hasSize(1);
        assertThat(list.lead()).hasSize(1);
    }

    @Test
    void manyNotesAndRunsOfInlineMarkup() {
        Article notes = MARKDOWN.read("# T\n\nText.\n\n" + "> **Editorial note:** x\n>\n> y\n\n".repeat(MANY));
        Article inline = MARKDOWN.read("# T\n\n" + "*a* `b` \\* ".repeat(MANY) + "\n\n"
                + "[c](https://example.org/) ".repeat(MANY));

        assertThat(notes.notes()).hasSize(MANY);
        assertThat(inline.lead()).hasSize(2);
    }

    /**
     * commonmark-java walks every emphasis delimiter of a paragraph at each link's closing bracket: 64,000
     * {@code "*a* [c](u) "} took nearly eight minutes. Such a paragraph is refused, naming its line, before it
     * is parsed; the same emphases and links a paragraph each, or in a code block, read in linear time.
     */
    @Test
    void emphasisAndLinksThatWouldMakeTheParserQuadraticAreRefused() {
        String paragraph = "*a* [c](https://example.org/) ".repeat(MANY);

        assertThatThrownBy(() -> MARKDOWN.read("# T\n\nText.\n\n" + paragraph))
                .isInstanceOfSatisfying(ArticleMarkdownException.class, e -> {
                    assertThat(e.code()).isEqualTo(ArticleMarkdownException.OVER_LIMIT);
                    assertThat(e.line()).isEqualTo(5);
                });
        Article apart = MARKDOWN.read("# T\n\n" + "*a* [c](https://example.org/)\n\n".repeat(MANY));
        Article items = MARKDOWN.read("# T\n\n" + "- *a* [c](https://example.org/)\n".repeat(MANY));
        Article code = MARKDOWN.read("# T\n\n```\n" + "*a* [c](u)\n".repeat(MANY) + "```\n");

        assertThat(apart.lead()).hasSize(MANY);
        assertThat(items.lead()).hasSize(1);
        assertThat(code.lead()).hasSize(1);
    }

    @Test
    void unclosedOpenersAndLongLineBreakRuns() {
        for (String opener : new String[] {"[", "`", "*", "_", "\\", "<", "!["}) {
            Article article = MARKDOWN.read("# T\n\n" + opener.repeat(MANY) + "x");
            assertThat(article.lead()).as(opener).hasSize(1);
        }
        assertThat(MARKDOWN.read("# T\n\nword" + "  \nword".repeat(MANY)).lead()).hasSize(1);
    }

    @Test
    void aLongTagListInFrontMatter() {
        String tags = IntStream.range(0, MANY).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(", "));

        Article article = MARKDOWN.read("---\ntitle: T\ntags: [" + tags + "]\n---\n\nText.\n");

        assertThat(article.metadata().tags()).hasSize(MANY);
    }
}
