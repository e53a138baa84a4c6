package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.RichText;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "rendered pages do not always conform to HTML", as the W3C Nu checker found on imported pages
 * (the whole check is {@code RenderedHtmlConformsTest} in the examples module): a {@code figcaption} must be
 * its figure's first or last child and is not written empty, and {@code datetime} carries at most
 * milliseconds. Each new shape reads back to the same article.
 */
class ConformingMarkupTest {
    private static final ArticleHtml HTML = ArticleHtml.standard();

    private static Article withHero(Figure hero) {
        return Article.builder().title("t").hero(hero).lead("text").build();
    }

    @Test
    void aHeroWithACreditAndAnEmptyCaptionWritesNoFigcaption() {
        Figure hero = new Figure(Image.of("a.png", "A"), Optional.of(RichText.of("")), Optional.of("Photo: Ann"));
        String html = HTML.render(withHero(hero));
        Element figure = Jsoup.parse(html).selectFirst("figure");
        assertThat(figure.select("figcaption")).isEmpty();
        assertThat(figure.selectFirst("small[data-lede=credit]").text()).isEqualTo("Photo: Ann");
        assertThat(HTML.read(html).hero()).contains(
                new Figure(Image.of("a.png", "A"), Optional.empty(), Optional.of("Photo: Ann")));
    }

    @Test
    void theFigcaptionIsTheFiguresLastChildAfterTheCredit() {
        Figure hero = new Figure(Image.of("a.png", "A"), Optional.of(RichText.of("The venue")),
                Optional.of("Photo: Ann"));
        for (ArticleHtml html : new ArticleHtml[] {HTML, ArticleHtml.builder().pretty(true).build()}) {
            String rendered = html.render(withHero(hero));
            Element figure = Jsoup.parse(rendered).selectFirst("figure");
            assertThat(figure.children()).extracting(Element::normalName).containsExactly("img", "small", "figcaption");
            assertThat(html.read(rendered)).isEqualTo(withHero(hero));
        }
    }

    @Test
    void datetimeCarriesAtMostMillisecondsAndTheTextTheFullTime() {
        Article article = Article.builder().title("t").lead("text")
                .published(OffsetDateTime.parse("2017-11-24T18:42:20.314667Z"))
                .modified(OffsetDateTime.parse("2017-11-25T18:42:20.000000001-03:00")).build();
        String html = HTML.render(article);
        assertThat(Jsoup.parse(html).select("time").eachAttr("datetime"))
                .containsExactly("2017-11-24T18:42:20.314Z", "2017-11-25T18:42:20.000-03:00");
        assertThat(HTML.read(html)).isEqualTo(article);
    }

    @Test
    void aTimeTextThatIsNotTheSameTimeAsItsDatetimeIsNotRead() {
        Article article = HTML.read("<article><header><h1>t</h1><p><time datetime=\"2017-11-24T18:42:20.314Z\">"
                + "2017-11-24T18:42:20.315999Z</time></p></header><p>x</p></article>");
        assertThat(article.metadata().published()).contains(OffsetDateTime.parse("2017-11-24T18:42:20.314Z"));
    }

    /**
     * Issue 12, "rendered pages do not always conform to HTML" (URL syntax): the reader percent-encodes what a
     * URL may not hold, as a browser does when it resolves the address, so the article holds valid URLs
     * ({@code url.invalid} is an error), and drops an address naming no host, saying so.
     */
    @Test
    void theReaderPercentEncodesAddressesAsBrowsersDo() {
        HtmlReadResult read = HTML.readWithDiagnostics("<article><h1>T</h1><p><a href=\"/a b?q=[x]\">a</a> "
                + "<a href=\"https://:0\">b</a></p><figure><img src=\"{{size}}.jpg\" alt=A></figure></article>");
        assertThat(read.article().lead().toString()).contains("href=/a%20b?q=%5Bx%5D", "src=%7B%7Bsize%7D%7D.jpg")
                .doesNotContain(":0");
        assertThat(read.diagnostics()).extracting(HtmlDiagnostic::kind).containsExactly(HtmlDiagnostic.Kind.UNSAFE_URL);
        assertThat(dev.lede.validation.ArticleValidator.standard().validate(read.article()).violations()).isEmpty();
        assertThat(HTML.read(HTML.render(read.article()))).isEqualTo(read.article());
    }

    /**
     * A DEL inside the scheme is ignored when the scheme is checked, but encoding keeps it ({@code http%7F:}),
     * and an address with that scheme is unsafe to the renderer and the validator: the reader judges the address
     * it keeps, so the link is its text and reads back the same (a fuzzing find, issue 17).
     */
    @Test
    void anAddressWhoseSchemeIsUnsafeOnceEncodedIsLeftOut() {
        HtmlReadResult read = HTML.readWithDiagnostics("<article><h1>T</h1><p><a href=\"http\u007F\u007F://x\">a</a>"
                + " <img src=\"htt\u007Fp:x.png\" alt=i></p></article>");

        assertThat(read.article().lead().toString()).doesNotContain("%7F");
        assertThat(read.diagnostics()).extracting(HtmlDiagnostic::kind).contains(HtmlDiagnostic.Kind.UNSAFE_URL);
        assertThat(dev.lede.validation.ArticleValidator.standard().validate(read.article()).violations()).isEmpty();
        assertThat(HTML.read(HTML.render(read.article()))).isEqualTo(read.article());
    }

    /** Issue 12 (URL syntax), as on the nytimes {@code {{size}}} images and an Amazon query's {@code []}. */
    @Test
    void theImporterPercentEncodesAddressesAndDropsThoseNamingNoHost() {
        String prose = "<p>This paragraph is long enough to be read as the text of an article, with words enough"
                + " in it, and a comma or two, so that it counts.</p>";
        String html = "<body><article><h1>T</h1>" + prose.repeat(3) + "<figure><img src=\"/i/a-{{size}}_x2.jpg\""
                + " alt=Alt><figcaption>Caption</figcaption></figure><p>See <a href=\"/dp/1?tag=[]in[p]c\">this"
                + "</a>, with words enough in it, and a comma or two.</p><figure><img src=\"https://:0\" alt=Gone>"
                + "</figure>" + prose + "</article></body>";
        Article article = HTML.importPage(html, java.net.URI.create("https://site.example/post")).article();
        assertThat(article.toString()).contains("https://site.example/i/a-%7B%7Bsize%7D%7D_x2.jpg",
                "https://site.example/dp/1?tag=%5B%5Din%5Bp%5Dc").doesNotContain("https://:0");
        assertThat(dev.lede.validation.ArticleValidator.standard().validate(article).violations())
                .noneMatch(violation -> violation.code().startsWith("url."));
    }
}
