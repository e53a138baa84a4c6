package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.Article;
import dev.lede.Contributor;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's findings "silent loss in the HTML reader": content that {@code read} left out with no diagnostic.
 * Each is now kept where the model can hold it, or named by a {@link HtmlDiagnostic.Kind#DROPPED_TEXT}.
 */
class SilentLossTest {
    private final ArticleHtml html = ArticleHtml.standard();

    private HtmlReadResult read(String body) {
        return html.readWithDiagnostics("<article>" + body + "</article>");
    }

    /** Finding: text around a {@code <span>} in a header line kept only the span ("today"). */
    @Test
    void textAroundASpanInAHeaderLineIsKept() {
        HtmlReadResult result = read("<header><h1>T</h1><div>Posted <span>today</span> by X staff</div></header>"
                + "<p>Body</p>");

        assertThat(result.article().lead()).containsExactly(paragraph("Posted today by X staff"),
                paragraph("Body"));
        assertThat(result.diagnostics()).isEmpty();
    }

    /**
     * Finding: text around a {@code <time>} in a header line was lost ("Posted", "by X staff"). The line is a
     * byline: its date is read, the name after "by" is an author, and the label the model cannot hold is
     * reported.
     */
    @Test
    void textAroundATimeInAHeaderBylineIsReadAsTheByline() {
        HtmlReadResult result = read("<header><h1>T</h1><p>Posted <time datetime=\"2026-12-01T08:00Z\">today"
                + "</time> by <span>X staff</span> and Y</p></header><p>Body</p>");

        assertThat(result.article().metadata().authors()).containsExactly(Contributor.of("X staff"),
                Contributor.of("Y"));
        assertThat(result.article().metadata().published())
                .contains(OffsetDateTime.parse("2026-12-01T08:00Z"));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(HtmlDiagnostic.Kind.DROPPED_TEXT);
            assertThat(d.detail()).isEqualTo("a byline's label: \"Posted by\"");
            assertThat(d.path()).isEqualTo("body > article > header > p");
        });
    }

    /** A byline's class with a {@code <time>} inside: the time is a date, not part of a name. */
    @Test
    void aTimeInsideABylineIsADateNotAName() {
        HtmlReadResult result = read("<header><h1>T</h1><p class=\"byline\">By Jane Doe, <time>2026-12-01</time>"
                + "</p></header><p>Body</p>");

        assertThat(result.article().metadata().authors()).containsExactly(Contributor.of("Jane Doe"));
        assertThat(result.article().metadata().published()).contains(OffsetDateTime.parse("2026-12-01T12:00Z"));
        assertThat(result.diagnostics()).isEmpty();
    }

    /** Words beside a date that name no one ("Updated") are reported, quoted. */
    @Test
    void aLabelBesideAHeaderDateIsReported() {
        HtmlReadResult result = read("<header><h1>T</h1><p>Updated <time>2026-12-01</time></p></header>");

        assertThat(result.article().metadata().published()).isPresent();
        assertThat(result.diagnostics()).extracting(HtmlDiagnostic::detail)
                .containsExactly("text beside the header's metadata: \"Updated\"");
    }

    /** Finding: a third {@code <time>} in the header was dropped in silence. */
    @Test
    void aThirdTimeInTheHeaderIsReported() {
        HtmlReadResult result = read("<header><h1>T</h1><time>2026-01-01</time><time>2026-01-02</time>"
                + "<time datetime=\"2026-01-03\">3 January</time></header><p>Body</p>");

        assertThat(result.article().metadata().published()).contains(OffsetDateTime.parse("2026-01-01T12:00Z"));
        assertThat(result.article().metadata().modified()).contains(OffsetDateTime.parse("2026-01-02T12:00Z"));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(HtmlDiagnostic.Kind.DROPPED_TEXT);
            assertThat(d.detail()).isEqualTo("a third date in the header: \"3 January\"");
            assertThat(d.path()).isEqualTo("body > article > header > time:nth-child(4)");
        });
    }

    /** An unreadable date's text is named, as the model keeps nothing of it. */
    @Test
    void anUnreadableDateIsReportedWithItsText() {
        HtmlReadResult result = read("<header><h1>T</h1><time datetime=\"soon\">next week</time></header>");

        assertThat(result.article().metadata().published()).isEmpty();
        assertThat(result.diagnostics()).extracting(HtmlDiagnostic::kind, HtmlDiagnostic::detail)
                .containsExactly(tuple(HtmlDiagnostic.Kind.DROPPED_TEXT,
                        "an unreadable date: \"next week\""));
    }

    /** Finding: a second {@code <img>} in a figure was dropped; it is a figure of its own after the first. */
    @Test
    void aSecondImageInAFigureIsAFigureOfItsOwn() {
        HtmlReadResult result = read("<p>Body</p><figure><img src=\"a.jpg\" alt=\"A\"><img src=\"b.jpg\" alt=\"B\">"
                + "<figcaption>Both</figcaption></figure>");

        assertThat(result.article().lead()).containsExactly(paragraph("Body"),
                new Figure(Image.of("a.jpg", "A"), Optional.of(RichText.of("Both")), Optional.empty()),
                new Figure(Image.of("b.jpg", "B"), Optional.empty(), Optional.empty()));
        assertThat(result.diagnostics()).isEmpty();
    }

    /** Finding: a {@code <p>} beside the image of a figure was dropped; it follows the figure. */
    @Test
    void aParagraphBesideAnImageInAFigureFollowsTheFigure() {
        HtmlReadResult result = read("<p>Body</p><figure><img src=\"a.jpg\" alt=\"A\"><p>Beside</p>"
                + "<figcaption>Caption</figcaption></figure>");

        assertThat(result.article().lead()).containsExactly(paragraph("Body"),
                new Figure(Image.of("a.jpg", "A"), Optional.of(RichText.of("Caption")),
                        Optional.empty()),
                paragraph("Beside"));
    }

    /** A credit inside the caption is the credit only, not caption text too. */
    @Test
    void aCreditInsideTheCaptionIsNotCaptionText() {
        Article article = read("<p>Body</p><figure><img src=\"a.jpg\" alt=\"A\"><figcaption>Caption "
                + "<small data-lede=\"credit\">Photo: Z</small></figcaption></figure>").article();

        assertThat(article.lead().get(1)).isEqualTo(new Figure(Image.of("a.jpg", "A"),
                Optional.of(RichText.of("Caption")), Optional.of("Photo: Z")));
    }

    /** Finding: a {@code <p>} beside a quote's caption in a figure was dropped; it follows the quote. */
    @Test
    void aParagraphBesideABlockquotesCaptionFollowsTheQuote() {
        HtmlReadResult result = read("<figure><blockquote><p>Quoted</p></blockquote><p>Beside</p>"
                + "<figcaption>Someone</figcaption></figure>");

        assertThat(result.article().lead()).containsExactly(
                new Quote(List.of(paragraph("Quoted")), Optional.of(RichText.of("Someone")),
                        Optional.empty()),
                paragraph("Beside"));
    }

    /** Finding: a second {@code <footer>} in a blockquote replaced the first; both are the attribution. */
    @Test
    void twoFootersOfABlockquoteAreOneAttribution() {
        Article article = read("<blockquote><p>Quoted</p><footer>Someone</footer><footer>in a book</footer>"
                + "</blockquote>").article();

        assertThat(((Quote) article.lead().get(0)).attribution()).contains(RichText.of("Someone in a book"));
    }

    /** Finding: a second {@code <caption>} in a table replaced the first; both are the caption. */
    @Test
    void twoCaptionsOfATableAreOneCaption() {
        Article article = read("<table><caption>First</caption><caption>second</caption><tr><td>x</td></tr>"
                + "</table>").article();

        assertThat(((Table) article.lead().get(0)).caption()).contains(RichText.of("First second"));
    }

    /** Issue 12's finding "lone surrogates": from a character reference or the input string, each is U+FFFD. */
    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
        Article article = html.read("<h1>T\uD800</h1><p>a&#xD800;b&#56320;c\uDC00d \uD83D\uDE00</p>"
                + "<p><img src=\"x&#xDBFF;.jpg\" alt=\"\uD800\"></p><pre>e\uDBFF</pre>");

        assertThat(article.metadata().title()).isEqualTo("T\uFFFD");
        assertThat(article.plainText()).contains("a\uFFFDb\uFFFDc\uFFFDd \uD83D\uDE00").contains("e\uFFFD");
        assertThat(((Figure) article.lead().get(1)).image())
                .isEqualTo(Image.of("x\uFFFD.jpg", "\uFFFD"));
        assertThat(html.importPage("<title>a&#xD800;</title><p>" + "Text &#xDC00; enough to be a story. "
                .repeat(10)).article().plainText()).doesNotContain("\uDC00").contains("\uFFFD");
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(RichText.of(text));
    }
}
