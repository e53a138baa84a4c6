package dev.lede.html.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.html.ArticleHtml;
import dev.lede.html.ArticleHtmlException;
import dev.lede.html.HtmlDiagnostic;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.PageImport;
import dev.lede.html.PageImporter;
import dev.lede.html.Provenance;
import dev.lede.html.Provenance.Field;
import dev.lede.html.Provenance.Source;
import dev.lede.validation.ArticleValidator;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageImporterTest {
    private static final URI PAGE = URI.create("https://example.org/post");
    private static final String PROSE = "<p>This sentence is long enough to count as the prose of an article.</p>";

    @Test
    void appliesKeepAndDropSelectorsAndBias() {
        String html = "<body><div class=text>" + PROSE.repeat(6) + "<ul class=series><li><a href=/1>Part one</a></li>"
                + "<li><a href=/2>Part two</a></li><li><a href=/3>Part three</a></li></ul>"
                + "<p class=x-drop>Buy the book today.</p></div><div class=facts><p>Fact.</p></div></body>";

        PageImport balanced = PageImporter.builder().keep(".facts").drop(".x-drop").build().importPage(html, PAGE);
        PageImport recall = PageImporter.builder().bias(PageImporter.Bias.RECALL).build().importPage(html, PAGE);

        assertThat(balanced.article().plainText()).contains("Fact.").doesNotContain("Buy the book", "Part one");
        assertThat(balanced.droppedRegions()).extracting(PageDiagnostic::reason)
                .containsExactly(Reason.DROP_SELECTOR, Reason.LINK_LIST);
        assertThat(recall.article().plainText()).contains("Part one", "Buy the book").doesNotContain("Fact.");
    }

    @Test
    void articleHtmlDelegatesWithItsLimits() {
        ArticleHtml small = ArticleHtml.builder().maxInputLength(100).build();

        assertThatThrownBy(() -> small.importPage("<p>" + "x".repeat(200) + "</p>", PAGE))
                .isInstanceOf(ArticleHtmlException.class).hasMessageContaining("over the limit of 100");
        assertThat(ArticleHtml.standard().importPage("<h1>T</h1>" + PROSE, PAGE).article().metadata().title())
                .isEqualTo("T");
    }

    @Test
    void withoutAPageAddressRelativeLinksAndImagesStayRelative() {
        String html = "<head><link rel=canonical href=/post><meta property=og:url content=https://example.org/p>"
                + "</head><body><article><h1>T</h1>" + PROSE.repeat(3)
                + "<figure><img data-src=/img/a.png alt=Alt><figcaption>Caption</figcaption></figure>"
                + "<p>See <a href=../other>the other post</a> for more of this long enough sentence.</p>"
                + "</article></body>";

        PageImport relative = ArticleHtml.standard().importPage(html);
        PageImport resolved = ArticleHtml.standard().importPage(html, PAGE);

        assertThat(relative.article().hero()).hasValueSatisfying(hero -> assertThat(hero.image().src()).isEqualTo("/img/a.png"));
        assertThat(relative.article().lead().toString()).contains("href=../other");
        assertThat(relative.article().metadata().canonicalUrl()).contains(URI.create("https://example.org/p"));
        assertThat(resolved.article().hero())
                .hasValueSatisfying(hero -> assertThat(hero.image().src()).isEqualTo("https://example.org/img/a.png"));
        assertThat(resolved.article().lead().toString()).contains("href=https://example.org/other");
        assertThat(resolved.article().metadata().canonicalUrl()).contains(URI.create("https://example.org/post"));
    }

    @Test
    void aModifiedDateBeforeThePublishedDateIsDroppedAndReported() {
        String html = "<head><meta property=article:published_time content=2025-05-02T10:00:00Z>"
                + "<meta property=article:modified_time content=2025-05-01T10:00:00Z></head><body><article><h1>T</h1>"
                + PROSE.repeat(3) + "</article></body>";

        PageImport imported = ArticleHtml.standard().importPage(html, PAGE);

        assertThat(imported.article().metadata().published()).isPresent();
        assertThat(imported.article().metadata().modified()).isEmpty();
        assertThat(imported.diagnostics()).filteredOn(d -> d.reason() == Reason.METADATA)
                .anySatisfy(d -> assertThat(d.detail()).startsWith("modified: dropped 2025-05-01T10:00Z"));
    }

    @Test
    void rejectsBadOptionsWhenTheyAreSet() {
        PageImporter.Builder builder = PageImporter.builder();

        assertThatThrownBy(() -> builder.keep("div[")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a CSS selector: \"div[\"");
        assertThatThrownBy(() -> builder.drop(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("selector must not be null");
        assertThatThrownBy(() -> builder.maxInputLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxDepth(8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageImporter.standard().importPage((String) null, PAGE))
                .isInstanceOf(NullPointerException.class).hasMessage("html must not be null");
        assertThatThrownBy(() -> PageImporter.standard().importPage("", null))
                .isInstanceOf(NullPointerException.class).hasMessage("pageUrl must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text, no markup",
        "<article><h2 id=x>Only a heading</h2></article>", "<table><tr><th>A</th><th>B</th></tr></table>",
        "<h3>Correction</h3>", "<a href='javascript:alert(1)'>click</a>" + PROSE, "\uFFFF&amp;\uFFFF<p>\u0000text</p>"})
    void oddPagesImportToValidArticles(String html) {
        PageImport result = PageImporter.standard().importPage(html, PAGE);

        assertThat(ArticleValidator.standard().validate(result.article()).errors()).isEmpty();
        assertThat(result.article().plainText()).doesNotContain("javascript:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html><head></head><body></body></html>",
        "<script type=application/ld+json>{\"@type\":\"Article\",\"headline\":[[[[[[[[]]]]]]]]}</script>",
        "<meta property=article:published_time content=yesterday><time datetime=99999-99-99>x</time>",
        "<img data-src='java&#10;script:alert(1)' srcset=', ,'>"})
    void pagesWithoutTitleOrTextAreRefusedSayingSo(String html) {
        assertThatThrownBy(() -> PageImporter.standard().importPage(html, PAGE))
                .isInstanceOf(ArticleHtmlException.class)
                .hasMessage("the page holds no article: it has no title and no text");
    }

    @Test
    void anImageOnlyListBecomesFiguresAndTheRepairIsReported() {
        String html = "<article><h1>Gallery</h1>" + PROSE + "<ul><li><a href=/a><img src=/a.jpg alt=A></a></li>"
                + "<li><img src=/b.jpg alt=B></li></ul></article>";

        PageImport result = PageImporter.standard().importPage(html, PAGE);

        assertThat(result.article().lead()).hasSize(3).last()
                .isEqualTo(Figure.of(Image.of("https://example.org/b.jpg", "B")));
        assertThat(result.diagnostics()).filteredOn(d -> d.reason() == Reason.REPAIRED)
                .extracting(PageDiagnostic::path, PageDiagnostic::detail)
                .containsExactly(tuple("lead[1]", "list-item.blank: of 2 items, 2 items holding only images "
                        + "became figures"));
        assertThat(result.droppedRegions()).isEmpty();
    }

    @Test
    void deepNestingAndHugeJsonLdStayWithinLimits() {
        String deep = "<div>".repeat(100_000) + PROSE + "</div>".repeat(100_000);
        String json = "<script type=application/ld+json>" + "[".repeat(50_000) + "]".repeat(50_000) + "</script>";

        PageImport nested = PageImporter.standard().importPage(deep, PAGE);
        PageImport broken = PageImporter.standard().importPage(json + PROSE, PAGE);

        assertThat(nested.article().plainText()).contains("long enough to count");
        assertThat(broken.diagnostics()).anySatisfy(d -> {
            assertThat(d.reason()).isEqualTo(Reason.METADATA);
            assertThat(d.detail()).contains("nesting deeper than");
        });
    }

    @Test
    void withoutGuessingFieldsOnlyInferredStayEmptyAndTheirProvenanceListsTheGuesses() {
        String html = "<html><head><title>Ferry terminal delayed | Harbour Times</title>"
                + "<meta property=og:site_name content='Harbour Times'></head><body><article>"
                + "<p class=byline>By Priya Nair</p><div class=article-date>5 March 2024</div>" + PROSE.repeat(4)
                + "</article></body></html>";
        URI url = URI.create("https://harbourtimes.example/2024/03/05/ferry");

        PageImport guessed = PageImporter.standard().importPage(html, url);
        PageImport stated = PageImporter.builder().guessMetadata(false).build().importPage(html, url);

        assertThat(guessed.article().metadata().title()).isEqualTo("Ferry terminal delayed");
        assertThat(guessed.article().metadata().authors()).extracting(c -> c.name()).containsExactly("Priya Nair");
        assertThat(guessed.article().metadata().published()).contains(OffsetDateTime.parse("2024-03-05T12:00Z"));
        assertThat(stated.article().metadata().title()).as("the title as stated, site name and all")
                .isEqualTo("Ferry terminal delayed | Harbour Times");
        assertThat(stated.article().metadata().authors()).isEmpty();
        assertThat(stated.article().metadata().published()).isEmpty();
        Provenance authors = stated.provenance(Field.AUTHORS).orElseThrow();
        assertThat(authors.chosen()).isEmpty();
        assertThat(authors.rejected()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(Source.BYLINE);
            assertThat(c.value()).isEqualTo("Priya Nair");
            assertThat(c.inferred()).isTrue();
        });
        assertThat(stated.provenance(Field.PUBLISHED).orElseThrow().rejected()).extracting(c -> c.source())
                .contains(Source.URL);
        assertThat(guessed.provenance(Field.TITLE).orElseThrow().chosen()).hasValueSatisfying(c -> {
            assertThat(c.source()).isEqualTo(Source.TITLE_ELEMENT);
            assertThat(c.inferred()).isTrue();
        });
        assertThat(guessed.provenance(Field.SUBTITLE)).isEmpty();
        assertThat(List.copyOf(guessed.provenance())).extracting(Provenance::field)
                .containsExactly(Field.TITLE, Field.AUTHORS, Field.PUBLISHED);
    }

    /** Issue 13: the reader's diagnostics reach the importer's caller typed, not flattened into the detail. */
    @Test
    void whatTheReaderCouldNotRepresentKeepsItsKind() {
        String html = "<html><body><article><h1>Title</h1>" + PROSE.repeat(3)
                + "<p>Watch: <video src=clip.mp4>a clip</video></p><p>Say <script>alert(1)</script>hi.</p>"
                + "</article></body></html>";

        List<PageDiagnostic> notRepresented = ArticleHtml.standard().importPage(html, PAGE).diagnostics().stream()
                .filter(diagnostic -> diagnostic.reason() == Reason.NOT_REPRESENTED).toList();

        assertThat(notRepresented).isNotEmpty().allSatisfy(diagnostic -> {
            assertThat(diagnostic.readerKind()).isPresent();
            assertThat(diagnostic.detail()).doesNotStartWith(diagnostic.readerKind().get().name());
        });
        assertThat(notRepresented).extracting(diagnostic -> diagnostic.readerKind().get())
                .contains(HtmlDiagnostic.Kind.REMOVED_ELEMENT);
        assertThat(new PageDiagnostic(Reason.SHARE, "div", 1, "page chrome").readerKind()).isEmpty();
    }
}
