package dev.lede.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageImport;
import dev.lede.html.PageImporter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PathsTest {

    @Test
    void stepsNameTheIdOrFirstClassAndThePositionAmongSiblingsOfOneTag() {
        Document page = Jsoup.parse("<div id=page><p>a</p><div class='x y'><span>1</span><span>2</span></div></div>");
        Paths paths = new Paths();

        assertThat(paths.path(page.select("span").get(1))).isEqualTo("div#page > div.x > span:nth-child(2)");
        assertThat(paths.path(page.selectFirst("p"))).isEqualTo("div#page > p");
    }

    /**
     * Issue 13: the reader's diagnostics use these paths too, so a path names any node, and what a page puts in
     * its ids and classes is escaped so that the path selects the element again.
     */
    @Test
    void aPathSelectsItsElementAgainWhateverTheIdsHoldAndNamesOtherNodesByTheirParent() {
        Document page = Jsoup.parse("<div id=\"ad/slot.1:x\"><p class=\"a.b c\">one<!-- note --></p>"
                + "<o:p>two</o:p></div>");
        Element paragraph = page.selectFirst("p");
        Element office = page.selectFirst("div").child(1);

        String path = Paths.of(paragraph);
        assertThat(path).isEqualTo("div#ad\\/slot\\.1\\:x > p.a\\.b");
        assertThat(page.select(path)).containsExactly(paragraph);
        assertThat(page.select(Paths.of(office))).containsExactly(office);
        assertThat(Paths.of(paragraph.childNode(1))).isEqualTo(path + " > #comment");
        assertThat(Paths.of(paragraph.childNode(0))).isEqualTo(path + " > #text");
    }

    @Test
    void aPathNamesThePlaceAnElementHadWhenItsSiblingsWereFirstSeen() {
        Document page = Jsoup.parse("<body><div>a</div><div>b</div><div>c</div></body>");
        List<Element> divs = page.select("div");
        Paths paths = new Paths();

        assertThat(paths.path(divs.get(0))).isEqualTo("body > div:nth-child(1)");
        divs.get(0).remove();
        assertThat(paths.path(divs.get(2))).isEqualTo("body > div:nth-child(3)");
        Element added = page.body().appendElement("div");
        assertThat(paths.path(added)).isEqualTo("body > div:nth-child(3)");
    }

    /**
     * Issue 12's finding "many reports": each report counted its siblings again, so 80,000 sibling share boxes
     * took 76 s to import. 200,000 must now import well within the limit.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void manyReportedSiblingsCostLinearTime() {
        int boxes = 200_000;
        String page = "<html><body><article><h1>Talks</h1><p>The summit in Alaska brought two leaders together for"
                + " talks that lasted most of the day.</p></article>"
                + "<div class=\"share\">Share this</div>".repeat(boxes) + "</body></html>";

        PageImport imported = PageImporter.builder().maxInputLength(20_000_000).build()
                .importPage(page, URI.create("https://example.org/a"));

        List<PageDiagnostic> dropped = imported.droppedRegions();
        int listed = PageImporter.MAX_DIAGNOSTICS;
        assertThat(dropped).hasSize(listed);
        assertThat(dropped.get(listed - 1).path()).isEqualTo("body > div.share:nth-child(" + (listed + 1) + ")");
        assertThat(imported.diagnostics().get(listed).detail()).endsWith("SHARE " + (boxes - listed));
    }

    /**
     * Every ASCII character in an id: letters, digits, hyphen and underscore stand as they are, every other one
     * is escaped, wherever it stands; characters beyond ASCII stand as they are.
     */
    @Test
    void anIdEscapesEveryAsciiCharacterButLettersDigitsHyphenAndUnderscore() {
        String plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
        for (char c = '!'; c < 0x7F; c++) {
            Document page = Jsoup.parse("<div></div>");
            Element div = page.selectFirst("div").attr("id", "a" + c);
            String escaped = plain.indexOf(c) >= 0 ? String.valueOf(c) : "\\" + c;
            assertThat(Paths.of(div)).as("id a%s", c).isEqualTo("div#a" + escaped);
            assertThat(page.select(Paths.of(div))).as("id a%s", c).containsExactly(div);
        }
        Element first = Jsoup.parse("<div></div>").selectFirst("div").attr("id", ".x\u00e9");
        assertThat(Paths.of(first)).isEqualTo("div#\\.x\u00e9");
        assertThat(Paths.of(Jsoup.parse("<div id=\"\u0080\u00ff\"></div>").selectFirst("div")))
                .isEqualTo("div#\u0080\u00ff");
    }
}
