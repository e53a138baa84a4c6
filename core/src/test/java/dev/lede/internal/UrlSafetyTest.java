package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * Issue 12, backslashes: browsers read {@code /\host} and {@code \\host} as {@code //host} in http(s) and
     * relative addresses, so the rule judges that form; tabs and newlines inside a scheme are removed.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/\\evil.example/x|//evil.example/x",
        "\\\\evil.example/x|//evil.example/x",
        "\\/evil.example|//evil.example",
        "https:\\\\evil.example\\a?q=\\#\\|https://evil.example/a?q=\\#\\",
        "HTTP:\\\\x|HTTP://x",
        "mailto:a\\b@example.org|mailto:a\\b@example.org",
        "x-custom:a\\b|x-custom:a\\b"})
    void browserFormReadsBackslashesAsSlashesInSpecialAndRelativeAddresses(String address, String expected) {
        assertThat(UrlSafety.browserForm(address)).isEqualTo(expected);
    }

    @Test
    void browserFormDropsTabsAndNewlinesEverywhereAndControlsAndSpacesAtTheEnds() {
        assertThat(UrlSafety.browserForm(" \u0000/a\tb\nc\r\\d \u001f")).isEqualTo("/abc/d");
        assertThat(UrlSafety.browserForm("java\tscr\nipt:x")).isEqualTo("javascript:x");
        assertThat(UrlSafety.browserForm("ht\ttp:\\\\x")).isEqualTo("http://x");
    }

    /** Issue 12: an address a browser reads as http(s) on another host is judged as such, not as a scheme. */
    @ParameterizedTest
    @ValueSource(strings = {"\\\\host:8080/x", "/\\host:8080/x", "\\/host:1/a:b"})
    void backslashedNetworkPathsAreJudgedAsBrowsersReadThem(String address) {
        assertThat(UrlSafety.scheme(address)).isEmpty();
        assertThat(UrlSafety.isSafeContentUrl(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https:\\\\example.org\\a", "ht\ntps:\\\\example.org"})
    void backslashedWebUrlsAreWebUrls(String address) {
        assertThat(UrlSafety.isWebUrl(address)).isTrue();
    }
}
