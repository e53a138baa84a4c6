package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
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

    /**
     * The ASCII URL code points of the WHATWG URL standard, written out rather than derived: letters, digits and
     * {@code !$&'()*+,-./:;=?@_~}. {@code #} and {@code %} are URL code points only in their own roles.
     */
    private static final String ASCII_URL_CODE_POINTS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!$&'()*+,-./:;=?@_~";

    static IntStream ascii() {
        return IntStream.rangeClosed(0, 0x7F);
    }

    /**
     * Every ASCII character between two letters: a URL code point is kept, tab, LF and CR are dropped, a
     * backslash is a slash, a lone {@code %} and everything else are percent-encoded. The expected result is
     * spelled out here from the standard, so that each edge of each range ({@code /0 9: @A Z[ `a z{}) is
     * checked.
     */
    @ParameterizedTest(name = "U+{0}")
    @MethodSource("ascii")
    void encodedKeepsExactlyTheAsciiUrlCodePoints(int c) {
        String address = "x" + (char) c + "y";
        String expected = switch (c) {
            case '\t', '\n', '\r' -> "xy";
            case '\\' -> "x/y";
            case '#' -> "x#y";
            case '%' -> "x%25y";
            default -> ASCII_URL_CODE_POINTS.indexOf(c) >= 0 ? address : String.format("x%%%02Xy", c);
        };

        assertThat(UrlSafety.encoded(address)).isEqualTo(expected);
        assertThat(UrlSafety.isValidUrl(address)).isEqualTo(expected.equals(address));
    }

    /**
     * The edges of the non-ASCII URL code points: from U+00A0 on, except the non-characters (U+FDD0 to U+FDEF
     * and the last two of every plane) and the surrogates, which are left alone as an error of their own.
     */
    @ParameterizedTest(name = "U+{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0080|%C2%80",
        "009F|%C2%9F",
        "00A0|",
        "D7FF|",
        "D800|",
        "DBFF|",
        "DC00|",
        "DFFF|",
        "E000|",
        "FDCF|",
        "FDD0|%EF%B7%90",
        "FDEF|%EF%B7%AF",
        "FDF0|",
        "FFFD|",
        "FFFE|%EF%BF%BE",
        "FFFF|%EF%BF%BF",
        "10000|",
        "1F600|",
        "1FFFD|",
        "1FFFE|%F0%9F%BF%BE",
        "1FFFF|%F0%9F%BF%BF",
        "10FFFD|",
        "10FFFE|%F4%8F%BF%BE",
        "10FFFF|%F4%8F%BF%BF"})
    void encodedKeepsNonAsciiUrlCodePointsAndEncodesNonCharacters(String hex, String encoding) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        String address = "x" + c + "y";
        String expected = encoding == null ? address : "x" + encoding + "y";

        assertThat(UrlSafety.encoded(address)).isEqualTo(expected);
        assertThat(UrlSafety.encoded(c)).isEqualTo(encoding == null ? c : encoding);
    }

    /** A {@code %} is kept only before two hex digits, {@code 0-9}, {@code A-F} or {@code a-f}, in either place. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/|a%25/0|a%250/",
        "0|a%00|a%00",
        "9|a%90|a%09",
        ":|a%25:0|a%250:",
        "@|a%25@0|a%250@",
        "A|a%A0|a%0A",
        "F|a%F0|a%0F",
        "G|a%25G0|a%250G",
        "`|a%25%600|a%250%60",
        "a|a%a0|a%0a",
        "f|a%f0|a%0f",
        "g|a%25g0|a%250g"})
    void percentIsKeptOnlyBeforeTwoHexDigits(char c, String first, String second) {
        assertThat(UrlSafety.encoded("a%" + c + "0")).isEqualTo(first);
        assertThat(UrlSafety.encoded("a%0" + c)).isEqualTo(second);
    }

    /** The two hex digits must be there: a {@code %} near the end is encoded, one with two digits is not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%|%25",
        "a%|a%25",
        "a%2|a%252",
        "a%2F|a%2F",
        "%2F|%2F",
        "%%2F|%25%2F",
        "a%2Fb|a%2Fb"})
    void percentAtTheEndNeedsTwoHexDigits(String address, String expected) {
        assertThat(UrlSafety.encoded(address)).isEqualTo(expected);
        assertThat(UrlSafety.isValidUrl(address)).isEqualTo(address.equals(expected));
    }

    /** Square brackets are kept only inside the authority (an IPv6 host); elsewhere, even first, they are encoded. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[a]|%5Ba%5D",
        "/[a]|/%5Ba%5D",
        "https://[::1]|https://[::1]",
        "https://[::1]/[|https://[::1]/%5B",
        "https://[::1]?[#]|https://[::1]?%5B#%5D",
        "//[::1]:8/]|//[::1]:8/%5D",
        "a:[x]|a:%5Bx%5D"})
    void bracketsAreKeptOnlyInTheAuthority(String address, String expected) {
        assertThat(UrlSafety.encoded(address)).isEqualTo(expected);
    }

    /** What is encoded first is encoded too, and what precedes it is copied once. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<a|%3Ca",
        "^|%5E",
        "{}|%7B%7D",
        "a{|a%7B",
        "ab{c}|ab%7Bc%7D"})
    void encodedEncodesAtEveryPosition(String address, String expected) {
        assertThat(UrlSafety.encoded(address)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://[::]/", "https://[::]:80/", "https://[::1]:/", "https://u@[::1]:8/a",
        "https://u:p@x/", "https://u@v@x:1", "//x", "//x:0", "https://x?a=//b", "a:b//c", "/a//b"})
    void hostsAndPortsThatAreWellFormedAreValid(String address) {
        assertThat(UrlSafety.isValidUrl(address)).isTrue();
    }

    /** An authority must name a host, brackets only as a whole host, and a port of digits only. */
    @ParameterizedTest
    @ValueSource(strings = {"https://[v1/", "https://]x/", "https://x]/", "https://x[1]/", "https://[::1]x/",
        "https://[::1]]/", "https://x@/", "https://u@:1/", "https://[a]:b/", "https://x:1:2/", "//:1", "//?q",
        "//#f", "https://x:-1/", "https://x: 1/"})
    void hostsAndPortsThatAreMalformedAreInvalid(String address) {
        assertThat(UrlSafety.isValidUrl(address)).isFalse();
    }

    /**
     * A scheme is a letter, then letters, digits, {@code +}, {@code -} or {@code .}, then a colon; only a special
     * or absent scheme turns backslashes into slashes, so the backslash left or turned shows what was found.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "a:\\x|a:\\x",
        "z:\\x|z:\\x",
        "A:\\x|A:\\x",
        "Z:\\x|Z:\\x",
        "`:\\x|`:/x",
        "{:\\x|{:/x",
        "@:\\x|@:/x",
        "[:\\x|[:/x",
        "0a:\\x|0a:/x",
        "9a:\\x|9a:/x",
        "+a:\\x|+a:/x",
        "-a:\\x|-a:/x",
        ".a:\\x|.a:/x",
        "a0:\\x|a0:\\x",
        "a9:\\x|a9:\\x",
        "a+:\\x|a+:\\x",
        "a-:\\x|a-:\\x",
        "a.:\\x|a.:\\x",
        "a/:\\x|a/:/x",
        "a;:\\x|a;:/x",
        "a*:\\x|a*:/x",
        "a,:\\x|a,:/x",
        "a`:\\x|a`:/x",
        "a{:\\x|a{:/x",
        "a@:\\x|a@:/x",
        "a[:\\x|a[:/x",
        ":\\x|:/x",
        "ws:\\\\x\\y|ws://x/y",
        "WSS:\\\\x|WSS://x",
        "ftp:\\\\x|ftp://x",
        "file:\\\\\\x|file:///x",
        "https+x:\\\\x|https+x:\\\\x"})
    void browserFormFindsTheSchemeAsTheUrlParserDoes(String address, String expected) {
        assertThat(UrlSafety.browserForm(address)).isEqualTo(expected);
    }

    /**
     * Trimming removes exactly the characters up to the space at both ends, tab, LF and CR are removed inside,
     * and an address that is its own browser form is returned as it is.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "' /a'|/a",
        "'/a '|/a",
        "' \ta'|a",
        "'a\t '|a",
        "' '|''",
        "'  '|''",
        "'\u0000\t '|''",
        "'\u001f/a\u0001'|/a",
        "'!\ta!'|!a!",
        "'\u007Fa\u007F'|\u007Fa\u007F",
        "'\u00A0a\u00A0'|\u00A0a\u00A0",
        "'a\tb'|ab",
        "'a\nb'|ab",
        "'a\rb'|ab",
        "\\|/",
        "\\\\|//",
        "a\\b|a/b",
        "'a b'|a b"})
    void browserFormTrimsTheEndsAndDropsTabsAndNewlines(String address, String expected) {
        assertThat(UrlSafety.browserForm(address)).isEqualTo(expected);
    }

    /** Spaces and control characters are removed wherever they are before the scheme is read. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "java\u0000script:x|javascript",
        "a b:c|ab",
        "ht\u0085tp:x|http",
        "x\u007F:y|x"})
    void schemeDropsSpacesAndControlsInside(String address, String expected) {
        assertThat(UrlSafety.scheme(address)).contains(expected);
    }

    @Test
    void spacesInsideASchemeDoNotHideIt() {
        assertThat(UrlSafety.isSafeContentUrl("java script:x")).isFalse();
        assertThat(UrlSafety.isSafeContentUrl("java\u0000script:x")).isFalse();
        assertThat(UrlSafety.isWebUrl("ht tps://x")).isTrue();
        assertThat(UrlSafety.scheme("\u0085")).isEmpty();
        assertThat(UrlSafety.scheme(" ")).isEmpty();
    }
}
