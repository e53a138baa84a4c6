package dev.lede.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {

    private static boolean mayHold(String html) {
        return InputText.mayHoldLoneSurrogates(InputText.prepare(html));
    }

    @Test
    void onlyALoneSurrogateOrAReferenceToOneCallsForTheWalk() {
        assertThat(mayHold("<p>plain &amp; &#8217; &#x2019; \uD83D\uDE00</p>")).isFalse();
        assertThat(mayHold("<p>a\uD800b</p>")).isTrue();
        assertThat(mayHold("<p>a\uDC00</p>")).isTrue();
        assertThat(mayHold("<p>&#xD800;</p>")).isTrue();
        assertThat(mayHold("<p>&#XdFfF</p>")).isTrue();
        assertThat(mayHold("<p>&#56320;</p>")).isTrue();
        assertThat(mayHold("<p>&#" + "0".repeat(40) + "55296;</p>")).isTrue();
        assertThat(mayHold("<p>&#55295; &#57344; &#x1D800;</p>")).isFalse();
    }

    @Test
    void aReferenceWithManyLeadingZerosBecomesAReplacementCharacter() {
        String text = InputText.parse("<p>a&#x" + "0".repeat(40) + "D800;b</p>", "").body().text();

        assertThat(text).isEqualTo("a\uFFFDb");
    }

    @Test
    void theCleaningPassFindsLoneSurrogatesOnBothSidesOfACarriageReturn() {
        assertThat(mayHold("a\uD83D\uDE00\r\nb \uD83D\uDE00")).isFalse();
        assertThat(mayHold("a\r\nb \uDC00")).isTrue();
        assertThat(mayHold("a\uD800\r\nb")).isTrue();
        assertThat(InputText.clean("a\r\nb\rc\u0001\uD83D\uDE00")).isEqualTo("a\nb\nc\uD83D\uDE00");
    }
}
