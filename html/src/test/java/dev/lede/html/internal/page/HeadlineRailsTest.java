package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadlineRailsTest {
    private static final String TEASER = "<p>A one-line teaser that says what the story is about.</p>";
    private static final String STORY = "<p>" + "The story beside the rail tells its own tale in sentences. ".repeat(3)
            + "</p>";

    private static final FinderOptions OPTIONS = FinderOptions.defaults(0.85, 0.2, 0.6, List.of(), List.of());

    private static List<Element> rails(String body) {
        return rails(body, OPTIONS);
    }

    private static List<Element> rails(String body, FinderOptions options) {
        return HeadlineRails.find(Jsoup.parse("<body>" + body + "</body>").body(), options);
    }

    private static String item(String tag, String headline) {
        return "<" + tag + "><h3><a href=\"/story\">" + headline + "</a></h3>" + TEASER + "</" + tag + ">";
    }

    @Test
    void findsAListOfLinkedHeadlinesWithTeasersAndItsLabel() {
        List<Element> rails = rails(STORY + "<div id=rail><h2>Latest</h2><ul>" + item("li", "One")
                + item("li", "Two") + item("li", "Three") + "</ul></div>");

        assertThat(rails).extracting(Element::id).containsExactly("rail");
    }

    @Test
    void findsRowsOfCardsAndCountsAKickerAndItsHeadlineInOneLinkOnce() {
        String card = "<div class=card><a href=\"/s\"><h4>Kicker</h4><h3>Headline of the story</h3></a>" + TEASER
                + "</div>";
        List<Element> rails = rails(STORY + "<section id=grid><div>" + card + card + "</div><div>" + card + card
                + "</div></section>");

        assertThat(rails).extracting(Element::id).containsExactly("grid");
    }

    @Test
    void twoHeadlinesAreNoRail() {
        assertThat(rails("<ul>" + item("li", "One") + item("li", "Two") + "</ul>")).isEmpty();
    }

    @Test
    void takesTheFewestHeadlinesOfARailFromTheOptions() {
        String list = "<ul>" + item("li", "One") + item("li", "Two") + item("li", "Three") + "</ul>";

        assertThat(rails(list)).hasSize(1);
        assertThat(rails(list, OPTIONS.toBuilder().minRailItems(4).build())).isEmpty();
    }

    @Test
    void anArticleWhoseSectionsHaveLinkedHeadingsIsNoRail() {
        String section = "<h2><a href=\"/topic\">A linked heading</a></h2><p>"
                + "A paragraph of the article's own text, long enough to be prose. ".repeat(3) + "</p>";

        assertThat(rails("<div class=body>" + section.repeat(4) + "</div>")).isEmpty();
    }

    @Test
    void itemsLongerThanATeaserAreNoRail() {
        String longItem = "<div><h3><a href=\"/s\">Headline</a></h3><p>" + "word ".repeat(90) + "</p></div>";

        assertThat(rails("<div>" + longItem.repeat(4) + "</div>")).isEmpty();
    }

    @Test
    void headingsWithLittleLinkTextAreNoHeadlines() {
        String item = "<li><h3>A heading that mentions <a href=\"/x\">one</a> page</h3>" + TEASER + "</li>";

        assertThat(rails("<ul>" + item.repeat(4) + "</ul>")).isEmpty();
    }

    @Test
    void proseBesideTheItemsIsNoRail() {
        String paragraph = "<p>" + "The article goes on with its own sentences here. ".repeat(3) + "</p>";

        assertThat(rails("<div>" + paragraph + item("div", "One") + item("div", "Two") + item("div", "Three")
                + paragraph + "</div>")).isEmpty();
    }
}
