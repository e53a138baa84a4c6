package dev.lede.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.html.internal.Srcset.Candidate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SrcsetTest {

    @Test
    void splitsCandidatesAtCommasAfterDescriptorsAndAtCommasEndingAUrl() {
        assertThat(Srcset.parse(" a.jpg 320w, b.jpg 640w,c.jpg,, d.jpg 2x "))
                .containsExactly(new Candidate("a.jpg", "320w"), new Candidate("b.jpg", "640w"),
                        new Candidate("c.jpg", ""), new Candidate("d.jpg", "2x"));
    }

    @Test
    void keepsCommasInsideAUrlAndInsideParenthesesOfDescriptors() {
        assertThat(Srcset.parse("img.php?w=1,2 1x (a, b), next.jpg"))
                .containsExactly(new Candidate("img.php?w=1,2", "1x (a, b)"), new Candidate("next.jpg", ""));
    }

    @Test
    void aBlankValueOrOnlyCommasHasNoCandidates() {
        assertThat(Srcset.parse("")).isEmpty();
        assertThat(Srcset.parse(" , ,, ")).isEmpty();
    }

    /** One pass however the value is shaped: many candidates, a huge URL of commas, an unclosed parenthesis. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyShapeCostsLinearTime() {
        assertThat(Srcset.parse("a 1x,".repeat(1_000_000))).hasSize(1_000_000);
        assertThat(Srcset.parse("a,".repeat(2_000_000) + " x"))
                .containsExactly(new Candidate("a,".repeat(2_000_000).substring(0, 4_000_000 - 1), ""),
                        new Candidate("x", ""));
        assertThat(Srcset.parse("a 1x (" + "b,".repeat(2_000_000))).hasSize(1);
    }
}
