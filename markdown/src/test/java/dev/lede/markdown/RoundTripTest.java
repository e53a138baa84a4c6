package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Inline;
import dev.lede.Paragraph;
import dev.lede.RichText;
import dev.lede.testing.ArticleGenerator;
import dev.lede.testing.SeedArticle;
import dev.lede.validation.ArticleValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every article within the Markdown subset is written without a diagnostic and reads back equal. */
class RoundTripTest {
    private static final ArticleMarkdown MARKDOWN = ArticleMarkdown.standard();

    @Test
    void theSeedArticleSurvives() {
        Article seed = SeedArticle.article();
        MarkdownWriteResult written = MARKDOWN.writeWithDiagnostics(seed);

        assertThat(written.diagnostics()).isEmpty();
        assertThat(MARKDOWN.read(written.markdown())).isEqualTo(seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void generatedArticlesSurvive(long block) {
        ArticleGenerator generator = ArticleGenerator.forMarkdown(block);
        for (int i = 0; i < 100; i++) {
            Article article = generator.next();
            MarkdownWriteResult written = MARKDOWN.writeWithDiagnostics(article);
            assertThat(written.diagnostics()).as("seed %d article %d:%n%s", block, i, written.markdown()).isEmpty();
            MarkdownReadResult read = MARKDOWN.readWithDiagnostics(written.markdown());
            assertThat(read.diagnostics()).isEmpty();
            if (!read.article().equals(article)) {
                assertThat(Json.pretty(read.article())).as("seed %d article %d:%n%s", block, i, written.markdown())
                        .isEqualTo(Json.pretty(article));
            }
            assertThat(ArticleValidator.standard().validate(read.article()).isValid()).isTrue();
        }
    }

    @Test
    void emphasisThatCouldCloseAnOuterRunIsReportedNotChanged() {
        // *x\<&#121;__y&#98;*\<!--*__* would read the inner * as closing the outer emphasis.
        Inline inner = new Inline.Emphasis(RichText.of("<!--"));
        Inline strong = new Inline.Strong(RichText.of(new Inline.Text("yb"), inner));
        Article article = Article.builder().title("t")
                .lead(new Paragraph(RichText.of(new Inline.Emphasis(RichText.of(new Inline.Text("x<y"), strong)))))
                .build();
        MarkdownWriteResult written = MARKDOWN.writeWithDiagnostics(article);

        assertThat(written.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.where()).isEqualTo("lead[0]");
            assertThat(d.detail()).startsWith("emphasis right beside another, or opening on punctuation");
        });
        Inline flattened = new Inline.Emphasis(RichText.of(new Inline.Text("x<y"),
                new Inline.Strong(RichText.of("yb<!--"))));
        assertThat(MARKDOWN.read(written.markdown()).lead()).containsExactly(new Paragraph(RichText.of(flattened)));

        Inline spaced = new Inline.Emphasis(RichText.of(new Inline.Text("x<y"), new Inline.Strong(
                RichText.of(new Inline.Text("yb "), inner))));
        Article apart = Article.builder().title("t").lead(new Paragraph(RichText.of(spaced))).build();
        assertThat(MARKDOWN.writeWithDiagnostics(apart).diagnostics()).isEmpty();
        assertThat(MARKDOWN.read(MARKDOWN.write(apart))).isEqualTo(apart);
    }
}
