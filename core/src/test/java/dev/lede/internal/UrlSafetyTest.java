package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlSafetyTest {
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:x", " javascript:x", "java\tscript:x",
        "java\u0000script:x", "java\nscript:x", "\u0085javascript:x", "javascript\u001f:x", "vbscript:x",
        "file:///etc/passwd", "data:text/html,<script>alert(1)</script>", "ftp://example.org/x", "a:b",
        "HTTPS\u0000X:y"})
    void rejectsUnsafeContentUrls(String address) {
        assertThat(UrlSafety.isSafeContentUrl(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x", "http://x", "mailto:a@b", "/relative", "relative/path", "#anchor",
        "?q=1", "//example.org/x", "HTTPS://X", " https://x", "", "a/b:c", "?q=a:b", "#x:y"})
    void acceptsSafeContentUrls(String address) {
        assertThat(UrlSafety.isSafeContentUrl(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a", "http://x", "HTTP://X", "ht\ttp://x"})
    void acceptsWebUrls(String address) {
        assertThat(UrlSafety.isWebUrl(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative", "//example.org/x", "mailto:a@b", "ftp://x", "javascript:x", ""})
    void rejectsOtherMetadataUrls(String address) {
        assertThat(UrlSafety.isWebUrl(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JavaScript:x", " java\tSCRIPT:x"})
    void schemeIsLowerCasedWithoutIgnoredCharacters(String address) {
        assertThat(UrlSafety.scheme(address)).contains("javascript");
    }
}
