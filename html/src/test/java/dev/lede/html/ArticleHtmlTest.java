package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Contributor;
import dev.lede.Divider;
import dev.lede.Figure;
import dev.lede.Inline;
import dev.lede.NoteKind;
import dev.lede.Paragraph;
import dev.lede.Publisher;
import dev.lede.RichText;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleHtmlTest {
    private static final Article SAMPLE = Article.builder()
            .title("Alaska </script><!-- summit")
            .subtitle("Prospects & pitfalls")
            .description("What the \"summit\" means")
            .author(new Contributor("Ann Writer", Optional.of(URI.create("https://example.org/ann"))))
            .author("Bo Reporter")
            .publisher(new Publisher("THE MAG POST", Optional.of(URI.create("https://example.org/"))))
            .published(OffsetDateTime.parse("2025-08-14T09:00:00.123456789+05:30"))
            .modified(OffsetDateTime.parse("2025-08-15T10:00Z"))
            .language("en-GB")
            .canonicalUrl(URI.create("https://example.org/alaska"))
            .tags("diplomacy", "arctic, north")
            .hero("https://example.org/alaska.jpg", "Summit", "The venue")
            .lead("Two leaders.")
            .section("Alaska as Venue", s -> s.paragraph("Chill.")
                    .summaryTable("Aspect", "Summary", SummaryRow.of("Who", "Two"))
                    .divider())
            .note(NoteKind.CORRECTION, "Correction", "A date was wrong.")
            .build();

    @Test
    void theFragmentHoldsTheMetadataAsMicrodata() {
        Element article = Jsoup.parse(ArticleHtml.standard().render(SAMPLE)).selectFirst("body > article");
        assertThat(article.attr("lang")).isEqualTo("en-GB");
        assertThat(article.selectFirst("header > h1").text()).isEqualTo("Alaska </script><!-- summit");
        assertThat(article.select("[itemprop=author] [itemprop=name]").eachText())
                .containsExactly("Ann Writer", "Bo Reporter");
        // HTML allows at most milliseconds in datetime; the text keeps the nanoseconds (issue 12).
        assertThat(article.selectFirst("time[itemprop=datePublished]").attr("datetime"))
                .isEqualTo("2025-08-14T09:00:00.123+05:30");
        assertThat(article.selectFirst("time[itemprop=datePublished]").text())
                .isEqualTo("2025-08-14T09:00:00.123456789+05:30");
        assertThat(article.select("meta[itemprop=keywords]").eachAttr("content"))
                .containsExactly("diplomacy", "arctic, north");
        assertThat(article.selectFirst("header > figure.lede-hero img").attr("src"))
                .isEqualTo("https://example.org/alaska.jpg");
        assertThat(article.selectFirst("section#alaska-as-venue > h2").text()).isEqualTo("Alaska as Venue");
        assertThat(article.selectFirst("table[data-lede=summary] tbody th").text()).isEqualTo("Who");
        assertThat(article.selectFirst("aside[role=note]").attr("data-kind")).isEqualTo("correction");
        assertThat(ArticleHtml.standard().read(ArticleHtml.standard().render(SAMPLE))).isEqualTo(SAMPLE);
    }

    @Test
    void theDocumentHasHeadMetadataAndEscapedJsonLd() {
        String page = ArticleHtml.standard().renderDocument(SAMPLE);
        assertThat(page).startsWith("<!DOCTYPE html>");
        Document document = Jsoup.parse(page);
        assertThat(document.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(document.title()).isEqualTo("Alaska </script><!-- summit");
        assertThat(document.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("What the \"summit\" means");
        assertThat(document.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/alaska");
        assertThat(document.selectFirst("meta[property=og:title]").attr("content"))
                .isEqualTo("Alaska </script><!-- summit");
        assertThat(document.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.org/alaska.jpg");
        assertThat(document.selectFirst("meta[property=og:site_name]").attr("content")).isEqualTo("THE MAG POST");
        assertThat(document.select("meta[property=article:tag]").eachAttr("content"))
                .containsExactly("diplomacy", "arctic, north");
        String jsonLd = document.selectFirst("script[type=application/ld+json]").data();
        assertThat(jsonLd).doesNotContain("</script", "<!--")
                .contains("\"@type\":\"NewsArticle\"")
                .contains("\"headline\":\"Alaska \\u003c/script\\u003e\\u003c!-- summit\"")
                .contains("\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Writer\","
                        + "\"url\":\"https://example.org/ann\"},{\"@type\":\"Person\",\"name\":\"Bo Reporter\"}]")
                .contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"THE MAG POST\","
                        + "\"url\":\"https://example.org/\"}")
                .contains("\"datePublished\":\"2025-08-14T09:00:00.123456789+05:30\"")
                .contains("\"dateModified\":\"2025-08-15T10:00Z\"")
                .contains("\"image\":\"https://example.org/alaska.jpg\"")
                .contains("\"inLanguage\":\"en-GB\"")
                .contains("\"keywords\":[\"diplomacy\",\"arctic, north\"]")
                .contains("\"articleSection\":[\"Alaska as Venue\"]");
        assertThat(ArticleHtml.standard().read(page)).isEqualTo(SAMPLE);
    }

    @Test
    void jsonLdCanBeSwitchedOff() {
        String page = ArticleHtml.builder().jsonLd(false).build().renderDocument(SAMPLE);
        assertThat(Jsoup.parse(page).select("script")).isEmpty();
    }

    @Test
    void theDocumentCarriesTheBuiltInStylesheetUnlessSwitchedOff() {
        Document page = Jsoup.parse(ArticleHtml.standard().renderDocument(SAMPLE));
        assertThat(page.head().select("style")).singleElement().satisfies(style ->
                assertThat(style.data()).contains("article{max-width:42rem;margin:0 auto}").doesNotContain("lede-"));
        String plain = ArticleHtml.builder().stylesheet(false).build().renderDocument(SAMPLE);
        assertThat(Jsoup.parse(plain).select("style")).isEmpty();
        assertThat(ArticleHtml.builder().stylesheet(false).build().rebuild().build().renderDocument(SAMPLE))
                .isEqualTo(plain);
        assertThat(ArticleHtml.standard().render(SAMPLE)).doesNotContain("<style");
        HtmlReadResult read = ArticleHtml.standard().readWithDiagnostics(page.outerHtml());
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.article()).isEqualTo(SAMPLE);
    }

    @Test
    void prettyAndCompactOutputDifferOnlyInWhitespace() {
        String compact = ArticleHtml.standard().render(SAMPLE);
        String pretty = ArticleHtml.builder().pretty(true).build().render(SAMPLE);
        assertThat(compact).doesNotContain("\n");
        assertThat(pretty).contains("\n  <header");
        assertThat(pretty.replaceAll("\n *", "")).isEqualTo(compact);
    }

    @Test
    void theClassPrefixIsConfigurable() {
        String html = ArticleHtml.builder().classPrefix("x-").build().render(SAMPLE);
        assertThat(Jsoup.parse(html).select("[class]").eachAttr("class")).allMatch(c -> c.startsWith("x-"))
                .contains("x-article", "x-note", "x-summary");
        assertThat(ArticleHtml.builder().classPrefix("").build().render(SAMPLE)).contains("class=\"note\"");
        assertThatThrownBy(() -> ArticleHtml.builder().classPrefix("1x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("classPrefix");
        assertThatThrownBy(() -> ArticleHtml.builder().classPrefix("a b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void limitsAreCheckedWhenSet() {
        assertThatThrownBy(() -> ArticleHtml.builder().maxDepth(15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleHtml.builder().maxDepth(2049)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleHtml.builder().maxInputLength(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleHtml.standard().read((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("html");
    }

    @Test
    void aBlockRendererReplacesTheStandardMarkupOfTheBlocksItTakes() {
        ArticleHtml html = ArticleHtml.builder().blockRenderer((block, context) -> {
            if (!(block instanceof Divider)) {
                return false;
            }
            context.openTag(block, "div", java.util.Map.of("class", context.cssClass("divider")));
            context.text("* * * <>");
            context.closeTag("div");
            return true;
        }).build();
        Article article = Article.builder().title("t").lead(new Divider()).lead("after").build();
        String rendered = html.render(article);
        assertThat(rendered).contains("<div class=\"lede-divider\">* * * &lt;&gt;</div><p>after</p>")
                .doesNotContain("<hr");
    }

    @Test
    void aBlockRendererCanFallBackToTheStandardMarkup() {
        ArticleHtml html = ArticleHtml.builder().blockRenderer((block, context) -> {
            if (!(block instanceof Figure)) {
                return false;
            }
            context.openTag(block, "div", java.util.Map.of("class", "frame"));
            context.standardBlock(block);
            context.closeTag("div");
            return true;
        }).build();
        Article article = Article.builder().title("t").lead(Figure.of("a.png", "A", "cap")).build();
        assertThat(html.render(article)).contains("<div class=\"frame\"><figure><img src=\"a.png\" alt=\"A\">");
        assertThat(html.read(html.render(article))).isEqualTo(article);
    }

    @Test
    void aBlockRendersAsItDoesInsideItsArticle() {
        ArticleHtml html = ArticleHtml.standard();
        String whole = html.render(SAMPLE);
        for (Section section : SAMPLE.allSections()) {
            for (Block block : section.blocks()) {
                assertThat(whole).contains(html.renderBlock(block));
            }
        }
        assertThat(html.renderBlock(new Divider())).isEqualTo("<hr>");
        assertThat(ArticleHtml.builder().pretty(true).build().renderBlock(SAMPLE.sections().get(0).blocks().get(0)))
                .doesNotStartWith("\n");
    }

    @Test
    void aRenderedBlockReadsBackAsTheArticlesOnlyBlock() {
        Table table = new Table(Optional.of(RichText.of("Spans")),
                List.of(new TableRow(List.of(new TableCell(RichText.of("a"), true, 2, 1)))),
                List.of(new TableRow(List.of(new TableCell(RichText.of("<b> & c"), false, 1, 1),
                        new TableCell(RichText.of("d"), true, 1, 1)))));
        ArticleHtml html = ArticleHtml.builder().validate(false).build();
        String rendered = html.renderBlock(table);
        assertThat(rendered).startsWith("<table><caption>Spans</caption>").contains("&lt;b&gt; &amp; c");
        assertThat(html.read(rendered).lead()).containsExactly(table);
    }

    @Test
    void aRenderedBlockUsesTheExtensionsAndLimits() {
        ArticleHtml html = ArticleHtml.builder().blockRenderer((block, context) -> {
            context.openTag(block, "div", java.util.Map.of());
            context.closeTag("div");
            return true;
        }).build();
        assertThat(html.renderBlock(new Divider())).isEqualTo("<div></div>");
        assertThatThrownBy(() -> html.renderBlock(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("block must not be null");
    }

    @Test
    void anAttributeProviderAddsAttributesButNeverUnsafeOnes() {
        ArticleHtml html = ArticleHtml.builder().attributeProvider((node, tag, attributes) -> {
            if (node instanceof Inline.Link) {
                attributes.put("rel", "nofollow");
            }
            if (node instanceof Paragraph) {
                attributes.put("href", "javascript:alert(1)");
            }
        }).build();
        Article article = Article.builder().title("t")
                .lead(Paragraph.of(Inline.Link.of("https://example.org", "site"))).build();
        String rendered = html.render(article);
        assertThat(rendered).contains("<p><a href=\"https://example.org\" rel=\"nofollow\">site</a></p>")
                .doesNotContain("javascript");
        assertThat(html.read(rendered)).isEqualTo(article);
    }

    @Test
    void theReaderReportsWhatItLeftOut() {
        HtmlReadResult result = ArticleHtml.standard().readWithDiagnostics("<article><p onclick=\"x()\">a<script>b"
                + "</script><a href=\"javascript:c()\">c</a><!-- d --></p><img src=\"data:x\"></article>");
        assertThat(result.article().lead()).containsExactly(Paragraph.of("ac"));
        assertThat(result.diagnostics()).extracting(HtmlDiagnostic::kind).containsExactly(
                HtmlDiagnostic.Kind.REMOVED_ATTRIBUTE, HtmlDiagnostic.Kind.REMOVED_ELEMENT,
                HtmlDiagnostic.Kind.UNSAFE_URL, HtmlDiagnostic.Kind.REMOVED_COMMENT, HtmlDiagnostic.Kind.UNSAFE_URL);
        assertThat(result.diagnostics()).extracting(HtmlDiagnostic::path).containsExactly(
                "body > article > p", "body > article > p > script", "body > article > p > a",
                "body > article > p > #comment", "body > article > img");
    }

    @Test
    void diagnosticsStopAtTheirLimit() {
        HtmlReadResult result =
                ArticleHtml.standard().readWithDiagnostics("<p>x</p>" + "<script></script>".repeat(1500));
        assertThat(result.diagnostics()).hasSize(1001);
        assertThat(result.diagnostics().get(1000).kind()).isEqualTo(HtmlDiagnostic.Kind.TRUNCATED);
    }

    @Test
    void relativeUrlsResolveAgainstTheBase() {
        Article article = ArticleHtml.standard().read("<article><p><a href=\"b\">x</a></p></article>",
                URI.create("https://example.org/a/"));
        assertThat(article.lead()).containsExactly(Paragraph.of(Inline.Link.of("https://example.org/a/b", "x")));
    }

    @Test
    void aSummaryTableSurvivesWithItsLabels() {
        SummaryTable table = new SummaryTable(Optional.empty(), "Aspect", "Summary",
                List.of(SummaryRow.of("Key players", "Putin and Trump")));
        Article article = Article.builder().title("t").lead(table).build();
        assertThat(ArticleHtml.standard().read(ArticleHtml.standard().render(article))).isEqualTo(article);
    }
}
