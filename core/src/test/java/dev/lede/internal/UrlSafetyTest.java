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

    /**
     * Issue 12, "rendered pages do not always conform to HTML" (URL syntax): an address is encoded as a browser
     * encodes it when it resolves it, so that it is a valid URL string the Nu checker accepts.
     */
    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
        "//cdn.example.org/a b.gif -> //cdn.example.org/a%20b.gif",
        "https://x/detail-{{size}}_x2.jpg -> https://x/detail-%7B%7Bsize%7D%7D_x2.jpg",
        "https://x/dp/1?tag=[]in[p]c -> https://x/dp/1?tag=%5B%5Din%5Bp%5Dc",
        "https://[::1]:8080/a[b] -> https://[::1]:8080/a%5Bb%5D",
        "/a|b^c`d\"e<f>?x\\y -> /a%7Cb%5Ec%60d%22e%3Cf%3E?x%5Cy",
        "a#b#c -> a#b%23c",
        "50% -> 50%25",
        "a%2Fb%zz -> a%2Fb%25zz",
        "/a\u0085b\uFDD0 -> /a%C2%85b%EF%B7%90",
        "https://example.org/a%20b -> https://example.org/a%20b",
        "http://example.com/ünïcode/页面 -> http://example.com/ünïcode/页面",
        "  /a\tb   -> /ab"})
    void encodedPercentEncodesWhatAUrlMayNotHold(String address, String expected) {
        assertThat(UrlSafety.encoded(address)).isEqualTo(expected);
        assertThat(UrlSafety.encoded(expected)).isEqualTo(expected);
        assertThat(UrlSafety.isValidUrl(expected)).isTrue();
        assertThat(UrlSafety.isValidUrl(address)).isEqualTo(address.equals(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://:0", "//", "https://@/x", "https://x:8a/", "https://[::1/", "https://a]b/"})
    void addressesNamingNoHostOrABadPortAreInvalid(String address) {
        assertThat(UrlSafety.isValidUrl(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#x", "?q=1", "/a", "a/b", "mailto:a@b", "https://x:/", "https://u:p@x:80/a?b#c",
        "//cdn.example.org/x.js", "https://[::1]/"})
    void validAddressesAreValid(String address) {
        assertThat(UrlSafety.isValidUrl(address)).isTrue();
    }
}
