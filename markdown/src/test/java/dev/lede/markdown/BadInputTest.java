package dev.lede.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.Article;
import dev.lede.Inline;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.validation.ArticleValidationException;
import dev.lede.validation.ArticleValidator;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Input that is not an article, or over a limit, is an ArticleMarkdownException naming where; foreign Markdown is reported. */
class BadInputTest {
    private static final ArticleMarkdown MARKDOWN = ArticleMarkdown.standard();

    @Test
    void inputOverTheLengthLimitIsRefusedBeforeParsing() {
        ArticleMarkdown small = ArticleMarkdown.builder().maxInputLength(10).build();

        assertThatThrownBy(() -> small.read("x".repeat(11))).isInstanceOfSatisfying(ArticleMarkdownException.class,
                e -> assertThat(e.code()).isEqualTo(ArticleMarkdownException.OVER_LIMIT));
        assertThatThrownBy(() -> small.read(new StringReader("x".repeat(100_000))))
                .isInstanceOf(ArticleMarkdownException.class);
        assertThat(small.read("x".repeat(10)).lead()).hasSize(1);
    }

    @Test
    void deepQuotesOnOneLineAreRefusedBeforeParsingWithTheirLine() {
        String deep = "para\n\n" + "> ".repeat(1_000_000) + "x\n";

        assertThatThrownBy(() -> MARKDOWN.read(deep)).isInstanceOfSatisfying(ArticleMarkdownException.class, e -> {
            assertThat(e.code()).isEqualTo(ArticleMarkdownException.TOO_DEEP);
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void deepListsOverManyLinesAndDeepEmphasisAreRefusedWithoutStackOverflow() {
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lists.append("  ".repeat(i)).append("- x\n");
        }
        String emphasis = "_a *a ".repeat(50_000) + "x" + " a* a_".repeat(50_000);
        String links = "[".repeat(100_000) + "x" + "](y)".repeat(100_000);

        for (String input : List.of(lists.toString(), emphasis)) {
            assertThatThrownBy(() -> MARKDOWN.read(input)).isInstanceOfSatisfying(ArticleMarkdownException.class,
                    e -> assertThat(e.code()).isEqualTo(ArticleMarkdownException.TOO_DEEP));
        }
        assertThat(MARKDOWN.read(links).lead()).hasSize(1);
    }

    @Test
    void nestingWithinTheLimitReadsAndNestingBeyondTheModelDepthIsRefused() {
        ArticleMarkdown shallow = ArticleMarkdown.builder().maxDepth(3).build();
        Quote three = new Quote(List.of(new Quote(List.of(new Quote(List.of(Paragraph.of("x")), Optional.empty(),
                Optional.empty())), Optional.empty(), Optional.empty())), Optional.empty(), Optional.empty());
        Article article = Article.builder().title("t").lead(three).build();
        Article deeper = Article.builder().title("t").lead(new Quote(List.of(three), Optional.empty(), Optional.empty()))
                .build();

        assertThat(shallow.read(shallow.write(article))).isEqualTo(article);
        assertThatThrownBy(() -> shallow.write(deeper)).isInstanceOfSatisfying(ArticleMarkdownException.class,
                e -> assertThat(e.code()).isEqualTo(ArticleMarkdownException.TOO_DEEP));
        assertThatThrownBy(() -> shallow.read(MARKDOWN.write(deeper)))
                .isInstanceOfSatisfying(ArticleMarkdownException.class,
                        e -> assertThat(e.code()).isEqualTo(ArticleMarkdownException.TOO_DEEP));
    }

    @Test
    void malformedFrontMatterNamesItsLine() {
        assertThatThrownBy(() -> MARKDOWN.read("---\ntitle: \"a\"\ntags: [unclosed\n---\nbody\n"))
                .isInstanceOfSatisfying(ArticleMarkdownException.class, e -> {
                    assertThat(e.code()).isEqualTo(ArticleMarkdownException.MALFORMED_FRONT_MATTER);
                    assertThat(e.line()).isBetween(3L, 4L);
                });
        assertThatThrownBy(() -> MARKDOWN.read("---\n- a list\n---\n"))
                .isInstanceOfSatisfying(ArticleMarkdownException.class,
                        e -> assertThat(e.code()).isEqualTo(ArticleMarkdownException.MALFORMED_FRONT_MATTER));
    }

    @Test
    void frontMatterValuesOfTheWrongShapeNameTheirKey() {
        for (String yaml : List.of("title: [a]", "published: yesterday", "canonical: \"a b\"", "hero: {width: 0}",
                "authors: Jane", "canonical: /relative", "publisher: {name: P, url: \"httpsc\"}",
                "authors: [{name: A, url: \"javascript:alert(1)\"}]", "hero: {src: \"javascript:alert(1)\", alt: a}",
                "hero: {src: x, caption: \"# a heading\\n\\nand a paragraph\"}")) {
            assertThatThrownBy(() -> MARKDOWN.read("---\n" + yaml + "\n---\n"))
                    .as(yaml).isInstanceOfSatisfying(ArticleMarkdownException.class, e -> {
                        assertThat(e.code()).isEqualTo(ArticleMarkdownException.INVALID_VALUE);
                        assertThat(e.problem()).contains(yaml.substring(0, yaml.indexOf(':')));
                    });
        }
    }

    @Test
    void foreignMarkdownIsReadWithWhatWasLeftOutReported() {
        MarkdownReadResult read = MARKDOWN.readWithDiagnostics("---\nlayout: post\n---\n# Title\n\n"
                + "Text <b>bold</b> ![inline](x.png) [bad](javascript:alert(1)) and\nsoft break.\n\n"
                + "<div>block</div>\n\n    indented code\n\n## Section\n\n# Another top\n");

        assertThat(read.article().metadata().title()).isEqualTo("Title");
        assertThat(read.article().lead().get(0)).isEqualTo(Paragraph.of("Text bold inline bad and soft break."));
        assertThat(read.article().lead()).hasSize(2);
        assertThat(read.article().sections()).extracting(s -> s.heading().plainText())
                .containsExactly("Section", "Another top");
        assertThat(read.diagnostics()).extracting(MarkdownDiagnostic::kind).containsExactly(
                MarkdownDiagnostic.Kind.UNKNOWN_KEY, MarkdownDiagnostic.Kind.RAW_HTML, MarkdownDiagnostic.Kind.RAW_HTML,
                MarkdownDiagnostic.Kind.UNSUPPORTED, MarkdownDiagnostic.Kind.UNSAFE_URL, MarkdownDiagnostic.Kind.RAW_HTML);
        assertThat(read.diagnostics().get(1).where()).isEqualTo("line 6");
    }

    @Test
    void anExplicitIdUsedBeforeOrNotASlugIsReplacedByADerivedOneAndReported() {
        MarkdownReadResult read = MARKDOWN.readWithDiagnostics("# T\n\n## One {#intro}\n\n## Two {#intro}\n\n## Three {#Big}\n");

        assertThat(read.article().sections()).extracting(s -> s.id()).containsExactly("intro", "two", "three");
        assertThat(read.article().sections()).extracting(s -> s.heading().plainText())
                .containsExactly("One", "Two", "Three");
        assertThat(read.diagnostics()).extracting(MarkdownDiagnostic::kind, MarkdownDiagnostic::where).containsExactly(
                tuple(MarkdownDiagnostic.Kind.UNSUPPORTED, "line 5"), tuple(MarkdownDiagnostic.Kind.UNSUPPORTED, "line 7"));
        assertThat(ArticleValidator.standard().validate(read.article()).isValid()).isTrue();
    }

    @Test
    void aTableWhoseHeaderRowHasNoCellIsLeftOutAndReported() {
        MarkdownReadResult read = MARKDOWN.readWithDiagnostics("# T\n\nBefore.\n\n|\n| --- | --- |\n| a | b |\n\nAfter.\n");

        assertThat(read.article().lead()).containsExactly(Paragraph.of("Before."), Paragraph.of("After."));
        assertThat(read.diagnostics()).extracting(MarkdownDiagnostic::kind, MarkdownDiagnostic::where)
                .containsExactly(tuple(MarkdownDiagnostic.Kind.UNSUPPORTED, "line 5"));
    }

    @Test
    void aQuoteEndingInALoneDashKeepsItAsAParagraph() {
        Article article = MARKDOWN.read("# T\n\n> Words.\n>\n> \u2014 \n");

        assertThat(article.lead()).containsExactly(new Quote(List.of(Paragraph.of("Words."), Paragraph.of("\u2014")),
                Optional.empty(), Optional.empty()));
        assertThat(MARKDOWN.read(MARKDOWN.write(article))).isEqualTo(article);
    }

    @Test
    void anEmptyQuoteIsWrittenAsItsMarkerAndReadsBack() {
        Quote empty = new Quote(List.of(), Optional.empty(), Optional.empty());
        Article article = Article.builder().title("T").lead(Paragraph.of("a")).lead(empty).lead(empty)
                .lead(new Quote(List.of(empty), Optional.empty(), Optional.empty()))
                .lead(new dev.lede.ListBlock(false, 1, List.of(new dev.lede.ListItem(List.of(empty))))).build();

        MarkdownWriteResult written = MARKDOWN.writeWithDiagnostics(article);

        assertThat(written.diagnostics()).isEmpty();
        assertThat(MARKDOWN.read(written.markdown())).as(written.markdown()).isEqualTo(article);
    }

    @Test
    void validationOnReadIsOffByDefaultAndRejectsAnInvalidArticleWhenOn() {
        String untitled = "Just a paragraph.\n";

        assertThat(MARKDOWN.read(untitled).metadata().title()).isEmpty();
        assertThatThrownBy(() -> MARKDOWN.rebuild().validate(true).build().read(untitled))
                .isInstanceOf(ArticleValidationException.class);
    }

    @Test
    void withoutFrontMatterTheTitleIsAHeadingAndTheRestIsReported() {
        ArticleMarkdown plain = ArticleMarkdown.builder().frontMatter(false).build();
        Article article = Article.builder().title("A *title*").author("Jane").lead("Body.").build();

        MarkdownWriteResult written = plain.writeWithDiagnostics(article);

        assertThat(written.markdown()).isEqualTo("# A \\*title\\*\n\nBody.\n");
        assertThat(written.diagnostics()).extracting(MarkdownDiagnostic::where).containsExactly("metadata.authors");
        assertThat(plain.read(written.markdown())).isEqualTo(article.withMetadata(article.metadata()
                .withAuthors(List.of())));
        assertThat(plain.rebuild().build().write(article)).isEqualTo(written.markdown());
    }

    @Test
    void emphasisBesideEmphasisThatMarkdownCannotSeparateIsReported() {
        Article article = Article.builder().title("t").lead(Paragraph.of(new Inline.Emphasis(RichText.of(
                Inline.Emphasis.of("a"), Inline.Emphasis.of("b"))))).build();

        MarkdownWriteResult written = MARKDOWN.writeWithDiagnostics(article);

        assertThat(written.diagnostics()).extracting(MarkdownDiagnostic::kind)
                .containsExactly(MarkdownDiagnostic.Kind.NOT_HELD);
        assertThat(MARKDOWN.read(written.markdown()).plainText()).isEqualTo(article.plainText());
    }
}
