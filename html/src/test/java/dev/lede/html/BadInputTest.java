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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

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
                        .startsWith("body > article > div > div"));
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
        Path corpus = Corpora.folder("jsoup-fuzztests");
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        for (Path file : files) {
            String input;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                input = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try {
                Article article = html.read(input);
                assertThat(html.read(html.render(article))).as(file.toString()).isEqualTo(article);
            } catch (ArticleHtmlException e) {
                assertThat(e).as(file.toString()).hasMessageContaining("limit");
            }
        }
    }
}
