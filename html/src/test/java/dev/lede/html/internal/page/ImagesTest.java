package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ImagesTest {

    @Test
    void theWidestCandidateWinsAndTheLastWhenNoneHasADescriptor() {
        assertThat(Images.widest("small.jpg 320w, large.jpg 1280w, medium.jpg 640w")).contains("large.jpg");
        assertThat(Images.widest("a.jpg 1x,b.jpg 2x")).contains("b.jpg");
        assertThat(Images.widest("a.jpg, b.jpg")).contains("b.jpg");
        assertThat(Images.widest("  ")).isEmpty();
    }

    /**
     * Issue 12's regex audit: {@code widest} split the value with {@code ,(?=\S+\s)}, whose lookahead runs to the
     * end of the value at every comma, so a megabyte of commas before the first space took minutes.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLongRunOfCommasCostsLinearTime() {
        assertThat(Images.widest("a,".repeat(500_000) + " b.jpg 2x")).contains("b.jpg");
    }
}
