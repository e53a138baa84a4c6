package dev.lede.html.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.PageImport;
import dev.lede.html.PageImporter;
import dev.lede.validation.ArticleValidator;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pages shaped to make the importer slow, each at a size where a quadratic step took minutes: they must import,
 * valid, in linear time. Each test names the issue 12 finding it guards.
 */
class HostilePageTest {
    private static final URI PAGE = URI.create("https://example.org/post");
    private static final String PROSE = "<p>This sentence is long enough to count as the prose of an article.</p>";
    private static final PageImporter IMPORTER = PageImporter.builder().maxInputLength(32 << 20).build();

    private static String words(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
    }

    private static PageImport importValid(String html) {
        PageImport result = IMPORTER.importPage(html, PAGE);
        assertThat(ArticleValidator.standard().validate(result.article()).isValid()).isTrue();
        return result;
    }

    /**
     * Finding "title comparison", first half: the titles of the metadata were compared with
     * {@code String.contains}, which costs the product of their lengths when one almost holds the other.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void longTitlesThatAlmostHoldEachOtherAreComparedInLinearTime() {
        String html = "<html><head><meta property=og:title content=\"" + "a".repeat(2_000_000) + "\">"
                + "<meta name=twitter:title content=\"" + "a".repeat(1_000_000) + "b\"></head><body><article>"
                + PROSE.repeat(3) + "</article></body></html>";

        assertThat(importValid(html).article().plainText()).contains("prose of an article");
    }

    /**
     * Finding "title comparison", second half: whether an {@code h1} repeats the metadata's title was asked by
     * looking each of the heading's words up in a list of the title's words.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLongHeadingIsComparedWithALongTitleInLinearTime() {
        String html = "<html><head><meta property=og:title content=\"" + words("t", 200_000) + "\"></head><body>"
                + "<article><h1>" + words("h", 200_000) + "</h1>" + PROSE.repeat(3) + "</article></body></html>";

        assertThat(importValid(html).article().plainText()).contains("prose of an article");
    }

    /**
     * Finding "no cap on reports": every dropped region was listed, so a page of 200,000 hidden spans gave as many
     * diagnostics. The list stops at {@code MAX_DIAGNOSTICS} and one last entry counts the rest by reason.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void diagnosticsStopAtTheCapAndTheLastCountsTheRest() {
        int hidden = 200_000;
        PageImport result = importValid("<html><body><article><h1>Title</h1>" + PROSE.repeat(3)
                + "<span hidden>secret word</span>".repeat(hidden) + "</article></body></html>");

        assertThat(result.diagnostics()).hasSize(PageImporter.MAX_DIAGNOSTICS + 1);
        PageDiagnostic last = result.diagnostics().get(PageImporter.MAX_DIAGNOSTICS);
        assertThat(last.reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(last.isDroppedRegion()).isFalse();
        assertThat(last.detail()).isEqualTo((hidden - PageImporter.MAX_DIAGNOSTICS) + " more diagnostics not listed: "
                + "HIDDEN " + (hidden - PageImporter.MAX_DIAGNOSTICS));
        assertThat(last.words()).isEqualTo(2 * (hidden - PageImporter.MAX_DIAGNOSTICS));
        assertThat(result.droppedRegions()).hasSize(PageImporter.MAX_DIAGNOSTICS);
    }

    /**
     * Found while checking issue 12's shapes through the command line: jsoup removes a node by shifting the rest
     * of its parent's children, and the chrome cleaned out of the article was removed one element at a time in
     * no particular order, so 600,000 share boxes moved about a hundred billion references (over 30 s, where
     * 200,000 beside as many hidden spans took 25 s through the command line). Elements are now removed a
     * parent at a time.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void manyCleanedSiblingsAreRemovedInLinearTime() {
        int boxes = 600_000;
        PageImport result = importValid("<html><body><article><h1>Title</h1>" + PROSE.repeat(3)
                + "<div class=share>Share this</div>".repeat(boxes) + PROSE + "</article></body></html>");

        assertThat(result.article().plainText()).contains("prose of an article").doesNotContain("Share this");
        assertThat(result.diagnostics().get(PageImporter.MAX_DIAGNOSTICS).detail())
                .endsWith("SHARE " + (boxes - PageImporter.MAX_DIAGNOSTICS));
    }
}
