package dev.lede.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void onlyALoneSurrogateOrAReferenceToOneCallsForTheWalk() {
        assertThat(InputText.mayHoldLoneSurrogates("<p>plain &amp; &#8217; &#x2019; \uD83D\uDE00</p>")).isFalse();
        assertThat(InputText.mayHoldLoneSurrogates("<p>a\uD800b</p>")).isTrue();
        assertThat(InputText.mayHoldLoneSurrogates("<p>a\uDC00</p>")).isTrue();
        assertThat(InputText.mayHoldLoneSurrogates("<p>&#xD800;</p>")).isTrue();
        assertThat(InputText.mayHoldLoneSurrogates("<p>&#XdFfF</p>")).isTrue();
        assertThat(InputText.mayHoldLoneSurrogates("<p>&#56320;</p>")).isTrue();
        assertThat(InputText.mayHoldLoneSurrogates("<p>&#" + "0".repeat(40) + "55296;</p>")).isTrue();
        assertThat(InputText.mayHoldLoneSurrogates("<p>&#55295; &#57344; &#x1D800;</p>")).isFalse();
    }

    @Test
    void aReferenceWithManyLeadingZerosBecomesAReplacementCharacter() {
        String text = InputText.parse("<p>a&#x" + "0".repeat(40) + "D800;b</p>", "").body().text();

        assertThat(text).isEqualTo("a\uFFFDb");
    }
}
