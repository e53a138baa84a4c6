package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.html.PageDiagnostic.Reason;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SignalsTest {

    @Test
    void anAriaLabelNamesWhatAnElementIs() {
        Element banner = Jsoup.parse("<div aria-label=\"We use cookies to improve your experience\"><p>x</p></div>")
                .selectFirst("div");
        Element story = Jsoup.parse("<div aria-label=\"Story\"><p>x</p></div>").selectFirst("div");

        assertThat(Signals.byLabel(banner)).contains(Reason.COOKIE_BANNER);
        assertThat(Signals.byLabel(story)).isEmpty();
    }

    /**
     * Issue 12's finding "catastrophic regex backtracking": the cookie pattern's {@code .*} ran over whole
     * {@code aria-label} texts, so 280 KB took 51 s. Only a label's first words are read now; 2.2 MB (8 times
     * the finding) must take well under the limit, and words past the label's length name nothing.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLongAriaLabelCostsLinearTimeAndOnlyItsFirstWordsCount() {
        Element unmatched = new Element("div").attr("aria-label", "cookies ".repeat(280_000));
        Element matchedLate = new Element("div").attr("aria-label", "cookies ".repeat(280_000) + "accept");

        assertThat(Signals.byLabel(unmatched)).isEmpty();
        assertThat(Signals.byLabel(matchedLate)).isEmpty();
    }

    /**
     * Issue 12's regex audit: a label of a few words can still be one huge word. 40,000 "cookie." joined without
     * spaces is one word with 40,000 word boundaries, each starting the cookie pattern's {@code .*} over the rest;
     * a label is read only up to {@code LABEL_CHARACTERS} characters, so this costs linear time.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLabelThatIsOneHugeWordCostsLinearTime() {
        Element oneWord = new Element("div").attr("aria-label", "cookie.".repeat(320_000));
        Element opening = Jsoup.parse("<div><p>" + "cookie.".repeat(320_000) + "</p></div>").selectFirst("div");

        assertThat(Signals.byLabel(oneWord)).isEmpty();
        assertThat(Signals.byLabel(opening)).isEmpty();
    }
}
