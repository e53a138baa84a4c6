package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.NoteKind;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ContentFinderTest {
    private static final URI PAGE = URI.create("https://blog.example.org/2025/08/post.html");
    private static final FinderOptions BALANCED = FinderOptions.defaults(0.85, 0.2, 0.6, List.of(), List.of());
    private static final String PROSE = "This sentence is long enough to count as the prose of an article. ";

    private static ContentSelection find(String html, FinderOptions options) {
        return new ContentFinder(Jsoup.parse(html, PAGE.toString()), PAGE, options, Optional.empty()).find();
    }

    private static ContentSelection find(String html) {
        return find(html, BALANCED);
    }

    private static String paragraphs(String word, int count) {
        return ("<p>" + word + " " + PROSE.repeat(3) + "</p>").repeat(count);
    }

    @Test
    void findsTheSeedArticleAndListsEachChromeRegion() throws IOException {
        String html = Files.readString(Path.of("../examples/data/seed-page.html"));
        URI url = URI.create("https://www.themagpost.com/post/us-russia-alaska-summit-prospects-and-pitfalls");

        ContentSelection selection = new ContentFinder(Jsoup.parse(html, url.toString()), url, BALANCED,
                Optional.of("US-Russia Alaska Summit: Prospects and Pitfalls")).find();

        assertThat(selection.heading()).contains("US-Russia Alaska Summit: Prospects and Pitfalls");
        assertThat(selection.dropped()).extracting(PageDiagnostic::reason, PageDiagnostic::words).containsExactly(
                tuple(Reason.NAVIGATION, 3), tuple(Reason.SITE_HEADER, 9), tuple(Reason.RELATED, 22),
                tuple(Reason.SHARE, 1), tuple(Reason.RELATED, 15), tuple(Reason.COMMENTS, 1),
                tuple(Reason.RATING, 12), tuple(Reason.SITE_FOOTER, 10), tuple(Reason.NAVIGATION, 3));
        assertThat(selection.notes()).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo(NoteKind.EDITORIAL);
            assertThat(note.title()).isEqualTo("Important Editorial Note");
            assertThat(note.body().text()).startsWith("The views and insights").endsWith("information presented.");
        });
        assertThat(selection.content().select("h2")).hasSize(8);
        assertThat(selection.content().select("h3")).hasSize(8);
        assertThat(selection.content().select("table tr")).hasSize(5);
        assertThat(selection.content().selectFirst("img").attr("src"))
                .isEqualTo("https://www.themagpost.com/images/us-russia-alaska-summit.jpg");
        assertThat(selection.content().text()).doesNotContain("Latest Posts", "Comments", "Rated", "Share");
    }

    @Test
    void keepsTheArticleElementAndCleansBylineShareAndRelatedOutOfIt() {
        ContentSelection selection = find("""
                <body><header class="site-header"><a href="/">Blog</a> <a href="/about">About</a></header>
                <article class="post"><h1>The title</h1><div class="entry-meta">By Jane Doe on 14 August</div>
                <div class="entry-content">%s<div class="sharedaddy"><h3>Share this:</h3><a href="#">X</a></div>
                <div class="jp-relatedposts"><h3>Related</h3><p><a href="/a">Another post about things</a></p></div>
                </div></article>
                <div id="comments"><h2>2 Comments</h2><p>Great post, thanks for writing it all up.</p></div>
                </body>""".formatted(paragraphs("Body", 4)));

        assertThat(selection.heading()).contains("The title");
        assertThat(selection.content().select("p")).hasSize(4);
        assertThat(selection.dropped()).extracting(PageDiagnostic::reason).containsExactlyInAnyOrder(
                Reason.SITE_HEADER, Reason.COMMENTS, Reason.BYLINE, Reason.SHARE, Reason.RELATED);
    }

    @Test
    void findsContentWithoutArticleElementAndReportsSidebarAndLinkLists() {
        ContentSelection selection = find("""
                <body><div id="wrap"><div id="left">%s</div>
                <div id="right" class="sidebar"><h3>About me</h3><p>I write about gardens and more things.</p></div>
                <div class="x1"><a href="/1">One</a> <a href="/2">Two</a> <a href="/3">Three</a></div></div></body>
                """.formatted(paragraphs("Garden", 5)));

        assertThat(selection.content().select("p")).hasSize(5);
        assertThat(selection.dropped()).extracting(PageDiagnostic::reason, PageDiagnostic::path)
                .containsExactly(tuple(Reason.SIDEBAR, "div#right"),
                        tuple(Reason.LINK_LIST, "div#wrap > div.x1:nth-child(3)"));
    }

    @Test
    void mergesSiblingsSplitByAnAdvertisement() {
        String html = """
                <body><div id="story"><div class="part">%s</div><div class="ad-slot">Advertisement</div>
                <div class="part">%s</div></div></body>""".formatted(paragraphs("First", 6), paragraphs("Second", 2));

        ContentSelection balanced = find(html);
        ContentSelection precise = find(html, FinderOptions.defaults(0.7, 0.5, 0.6, List.of(), List.of()));

        assertThat(balanced.content().text()).contains("First", "Second").doesNotContain("Advertisement");
        assertThat(balanced.dropped()).extracting(PageDiagnostic::reason).containsExactly(Reason.ADVERTISEMENT);
        assertThat(precise.content().text()).contains("First").doesNotContain("Second");
        assertThat(precise.dropped()).extracting(PageDiagnostic::reason)
                .containsExactly(Reason.ADVERTISEMENT, Reason.LOW_TEXT_DENSITY);
    }

    @Test
    void bringsTheHeroBeforeTheTextAndResolvesLazyImages() {
        ContentSelection selection = find("""
                <body><h1>Title</h1><div class="hero"><img src="data:image/gif;base64,R0lGOD"
                data-srcset="/small.jpg 480w, /large.jpg 1200w" alt="A view"></div>
                <div class="text">%s<img src="/inline.png" alt="Inline"></div></body>""".formatted(paragraphs("P", 3)));

        assertThat(selection.content().child(0).attr("src")).isEqualTo("https://blog.example.org/large.jpg");
        assertThat(selection.content().select("img").eachAttr("src")).containsExactly(
                "https://blog.example.org/large.jpg", "https://blog.example.org/inline.png");
        assertThat(selection.dropped()).isEmpty();
    }

    @Test
    void honoursKeepAndDropSelectors() {
        String html = """
                <body><div class="text">%s<p class="promo-line">Buy our book about the sea and its many fish.</p></div>
                <div class="factbox"><p>Fact: the sea is big.</p></div></body>""".formatted(paragraphs("Sea", 4));

        ContentSelection selection = find(html, FinderOptions.defaults(0.85, 0.2, 0.6, List.of(".factbox"),
                List.of(".promo-line")));

        assertThat(selection.content().text()).contains("Fact: the sea is big.").doesNotContain("Buy our book");
        assertThat(selection.dropped()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(Reason.DROP_SELECTOR);
            assertThat(d.words()).isEqualTo(10);
            assertThat(d.detail()).contains(".promo-line");
        });
    }

    @Test
    void reportsHiddenTextAndKeepsLinkListsWhenLeaningToRecall() {
        String html = """
                <body><div class="text">%s<ul><li><a href="/a">Part one of the series</a></li>
                <li><a href="/b">Part two of the series</a></li><li><a href="/c">Part three</a></li></ul>
                <div style="display: none">Secret text nobody sees</div></div></body>""".formatted(paragraphs("S", 4));

        ContentSelection precise = find(html);
        ContentSelection recall = find(html, FinderOptions.defaults(0.95, 0.05, 2.0, List.of(), List.of()));

        assertThat(precise.dropped()).extracting(PageDiagnostic::reason, PageDiagnostic::words)
                .containsExactly(tuple(Reason.HIDDEN, 4), tuple(Reason.LINK_LIST, 12));
        assertThat(recall.content().select("li")).hasSize(3);
        assertThat(recall.dropped()).extracting(PageDiagnostic::reason).containsExactly(Reason.HIDDEN);
    }

    @Test
    void keepsSummaryTablesAndCorrectionsThatStandOutsideTheText() {
        ContentSelection selection = find("""
                <body><div class="text">%s</div><div class="box"><table><tr><th>Aspect</th><th>Summary</th></tr>
                <tr><td>Cost</td><td>Higher than last year by a wide margin overall.</td></tr></table></div>
                <div class="end"><h3>Correction</h3><p>An earlier version misspelled a name.</p></div></body>
                """.formatted(paragraphs("T", 4)));

        assertThat(selection.content().select("table")).hasSize(1);
        assertThat(selection.notes()).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo(NoteKind.CORRECTION);
            assertThat(note.body().text()).isEqualTo("An earlier version misspelled a name.");
        });
        assertThat(selection.dropped()).isEmpty();
    }

    @Test
    void aParagraphThatMentionsCommentsIsNotChrome() {
        ContentSelection selection = find("<body><div>%s<p>Comments from the minister were brief but clear.</p>"
                .formatted(paragraphs("M", 3)) + "</div></body>");

        assertThat(selection.content().select("p")).hasSize(4);
        assertThat(selection.dropped()).isEmpty();
    }

    private static String teasers(int count) {
        String teaser = "<li><h3><a href=\"/story\">A headline of another story</a></h3><p>A teaser of one line "
                + "that sums up that other story for the reader in a sentence or two.</p></li>";
        return "<ul class=stream>" + teaser.repeat(count) + "</ul>";
    }

    @Test
    void dropsARailOfTeasersHoldingMoreProseThanTheArticleAndReportsItAsRelated() {
        ContentSelection selection = find("<body><div class=main><h1>The title</h1><div class=text>%s</div>%s</div>"
                .formatted(paragraphs("Body", 3), teasers(12)) + "</body>");

        assertThat(selection.content().select("p")).hasSize(3);
        assertThat(selection.content().text()).doesNotContain("headline of another story");
        assertThat(selection.dropped()).extracting(PageDiagnostic::reason, PageDiagnostic::words)
                .containsExactly(tuple(Reason.RELATED, Text.words(Jsoup.parse(teasers(12)).text())));
    }

    @Test
    void keepsTheRailsOfAPageThatHoldsNothingElse() {
        ContentSelection selection = find("<body><div class=main>" + teasers(5) + "</div></body>");

        assertThat(selection.content().select("h3")).hasSize(5);
        assertThat(selection.dropped()).isEmpty();
    }

    /**
     * Issue 12's finding "hidden elements": each hidden element was checked against every hidden element found
     * before it, and each report's text walk re-indexed the siblings that the previous removal had shifted.
     * 200,000 hidden siblings must now be found and reported well within the limit.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void manyHiddenElementsAreDroppedInLinearTime() {
        int hidden = 200_000;
        ContentSelection selection = find("<html><body><article>" + paragraphs("Story", 3)
                + "<span hidden>secret word</span>".repeat(hidden) + "</article></body></html>");

        assertThat(selection.dropped()).hasSize(hidden)
                .allSatisfy(region -> assertThat(region.reason()).isEqualTo(Reason.HIDDEN));
        assertThat(selection.content().text()).doesNotContain("secret");
    }

    /**
     * Issue 12's hostile shapes ("duplicate headings" at eight times the size quoted): the content's children
     * were moved into the article one by one, and jsoup shifts the rest of the old parent's child list at each,
     * so 640,000 children took most of a 30-second import. They now move at once.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theContentsChildrenMoveIntoTheArticleInLinearTime() {
        int breaks = 300_000;
        ContentSelection selection = find("<html><body><article>" + paragraphs("Story", 3)
                + "x<br>".repeat(breaks) + "</article></body></html>");

        assertThat(selection.content().getElementsByTag("br")).hasSize(breaks);
        assertThat(selection.content().childNodeSize()).isGreaterThan(2 * breaks);
    }
}
