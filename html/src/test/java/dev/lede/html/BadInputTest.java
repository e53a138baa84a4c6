package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.CodeBlock;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Paragraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile and oversized input: only the library's exception, within the documented limits. */
class BadInputTest {
    private final ArticleHtml html = ArticleHtml.standard();

    @Test
    void aHundredThousandNestedDivsReadWithoutOverflow() {
        String input = "<div>".repeat(100_000) + "deep text";
        Article article = html.read(input);
        assertThat(article.plainText()).contains("deep text");
    }

    @Test
    void aHundredThousandNestedListsReadWithoutOverflow() {
        String input = "<ul><li>".repeat(100_000) + "deep item";
        Article article = html.read(input);
        assertThat(article.plainText()).contains("deep item");
        assertThat(html.render(article)).contains("deep item");
    }

    @Test
    void nestingDeeperThanTheLimitIsRejectedWithItsPath() {
        ArticleHtml shallow = ArticleHtml.builder().maxDepth(16).build();
        assertThatThrownBy(() -> shallow.read("<article>" + "<div>".repeat(40) + "x</article>"))
                .isInstanceOf(ArticleHtmlException.class)
                .hasMessageContaining("limit of 16")
                .satisfies(e -> assertThat(((ArticleHtmlException) e).path()).get().asString()
                        .isEqualTo(String.join(" > ", Collections.nCopies(8, "div"))));
    }

    @Test
    void renderingBlocksDeeperThanTheLimitIsRejected() {
        Block block = new Paragraph(dev.lede.RichText.of("core"));
        for (int i = 0; i < 40; i++) {
            block = new ListBlock(false, 1, List.of(new ListItem(List.of(block))));
        }
        Article article = Article.builder().title("deep").lead(block).build();
        assertThatThrownBy(() -> ArticleHtml.builder().maxDepth(16).build().render(article))
                .isInstanceOf(ArticleHtmlException.class).hasMessageContaining("limit of 16");
        assertThat(html.read(html.render(article))).isEqualTo(article);
    }

    @Test
    void aFiveMegabytePageIsRead() {
        StringBuilder page = new StringBuilder("<html><body><article><h1>Big</h1>");
        int sections = 0;
        while (page.length() < 5_000_000) {
            sections++;
            page.append("<h2>Section ").append(sections).append("</h2>")
                    .append("<p>Some <em>text</em> &amp; a <a href=\"/x\">link</a>. ".repeat(20)).append("</p>")
                    .append("<ul><li>one</li><li>two <b>bold</b></li></ul>")
                    .append("<table><tr><th>a</th><td>b</td></tr></table>");
        }
        page.append("</article></body></html>");
        Article article = html.read(page.toString());
        assertThat(article.sections()).hasSize(sections);
    }

    /**
     * Issue 12's finding "runs of {@code <br>}": the importer's label of an element reads the first words of
     * the block holding its first text, and counted the words of all it had read after every node, so a
     * paragraph of one word and 100,000 {@code <br>}s took 23 s to import (quadratic). 200,000 must take a few
     * seconds through the importer and the reader.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoHundredThousandLineBreaksInAParagraphReadInLinearTime() {
        String breaks = "<br>".repeat(200_000);
        String page = "<html><body><div><p>alone" + breaks + "</p></div><p>"
                + "The story's own prose is long enough to be the content of the page. ".repeat(20)
                + "</p></body></html>";
        assertThat(html.importPage(page).article().plainText()).contains("The story's own prose");

        Article read = html.read("<article><h1>Breaks</h1><p>first" + breaks + "last</p></article>");
        assertThat(read.plainText()).contains("first").contains("last");
    }

    @Test
    void inputOverTheSizeLimitIsRejectedBeforeParsing() {
        ArticleHtml small = ArticleHtml.builder().maxInputLength(1_000).build();
        assertThat(small.read("<p>" + "a".repeat(990) + "</p>").plainText()).hasSize(990);
        assertThatThrownBy(() -> small.read("<p>" + "a".repeat(1_000) + "</p>"))
                .isInstanceOf(ArticleHtmlException.class)
                .hasMessageContaining("over the limit of 1000")
                .satisfies(e -> assertThat(((ArticleHtmlException) e).path()).isEmpty());
    }

    @Test
    void controlCharactersAndNoncharactersAreRemovedBeforeParsing() {
        Article article = html.read("<p>a\u0000b\u0007c\uFFFEd\uFFFFe\u000Bf\u001Fg\fh</p><p>t\tu\nv\rw\r\nx</p>");
        assertThat(article.lead()).containsExactly(Paragraph.of("abcdefgh"), Paragraph.of("t u v w x"));
    }

    @Test
    void textAfterAReferenceFollowedByUffffIsKept() {
        String input = "<p>fish &amp;\uFFFF chips</p><p>peas</p>";
        assertThat(Jsoup.parse(input).text()).as("the jsoup 1.24.1 bug this guards against")
                .doesNotContain("peas");
        assertThat(html.read(input).lead()).containsExactly(Paragraph.of("fish & chips"), Paragraph.of("peas"));
    }

    @Test
    void carriageReturnsAndLeadingNewlinesInCodeSurvive() {
        Article article = Article.builder().title("code")
                .lead(CodeBlock.of("java", "\n\nfirst\r\nsecond\rthird\n"))
                .lead(new CodeBlock(java.util.Optional.empty(), "\nx"))
                .build();
        String rendered = html.render(article);
        assertThat(rendered).contains("&#13;");
        assertThat(html.read(rendered)).isEqualTo(article);
        assertThat(html.read("<pre>\r\na\r\nb\rc</pre>").lead()).containsExactly(
                new CodeBlock(java.util.Optional.empty(), "a\nb\nc"));
    }

    @Test
    void jsoupFuzzCorpusReadsOrFailsWithTheLibrarysException() throws IOException {
        Map<Path, String> inputs = Corpora.jsoupFuzzInputs();
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(40);
        inputs.forEach((file, input) -> {
            try {
                Article article = html.read(input);
                assertThat(html.read(html.render(article))).as(file.toString()).isEqualTo(article);
            } catch (ArticleHtmlException e) {
                assertThat(e).as(file.toString()).hasMessageContaining("limit");
            }
        });
    }
}
