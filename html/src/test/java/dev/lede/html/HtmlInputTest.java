package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.html.internal.HtmlBytes;
import dev.lede.testing.SeedArticle;
import dev.lede.validation.ArticleValidationException;
import dev.lede.validation.ArticleValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's "the same input overloads" on the HTML services: a reader, bytes in the page's own encoding and a
 * file read as the string they hold is, within the same limit; and {@code rebuild()} on both services.
 */
class HtmlInputTest {
    private static final URI PAGE = URI.create("https://news.example.com/2025/08/story.html");

    @TempDir
    Path dir;

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    @Test
    void bytesAreDecodedAsABrowserDecodesAPageWithoutATransportHeader() {
        String body = "<p>caf\u00e9 \u20ac</p>";
        assertThat(HtmlBytes.decode(bytes(body, StandardCharsets.UTF_8))).isEqualTo(body);
        assertThat(HtmlBytes.decode(bytes("\uFEFF" + body, StandardCharsets.UTF_8))).isEqualTo(body);
        assertThat(HtmlBytes.decode(bytes("\uFEFF" + body, StandardCharsets.UTF_16LE))).isEqualTo(body);
        assertThat(HtmlBytes.decode(bytes("\uFEFF" + body, StandardCharsets.UTF_16BE))).isEqualTo(body);

        String latin = "<meta charset=\"windows-1252\">" + body;
        assertThat(HtmlBytes.decode(bytes(latin, Charset.forName("windows-1252")))).isEqualTo(latin);
        // ISO-8859-1 is read as windows-1252, where byte 0x80 is the euro sign, as browsers read it.
        String declared = "<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=ISO-8859-1'>" + body;
        assertThat(HtmlBytes.decode(bytes(declared, Charset.forName("windows-1252")))).isEqualTo(declared);
        String shiftJis = "<meta charset=shift_jis><p>\u65e5\u672c</p>";
        assertThat(HtmlBytes.decode(bytes(shiftJis, Charset.forName("Shift_JIS")))).isEqualTo(shiftJis);
    }

    @Test
    void aLabelThatCannotBeRightOrIsUnknownMeansUtf8AndBadBytesBecomeReplacementCharacters() {
        String utf16Label = "<meta charset=utf-16><p>caf\u00e9</p>";
        assertThat(HtmlBytes.decode(bytes(utf16Label, StandardCharsets.UTF_8))).isEqualTo(utf16Label);
        String unknown = "<meta charset=klingon-8><p>caf\u00e9</p>";
        assertThat(HtmlBytes.decode(bytes(unknown, StandardCharsets.UTF_8))).isEqualTo(unknown);
        assertThat(HtmlBytes.decode(bytes("<p>caf\u00e9</p>", StandardCharsets.ISO_8859_1)))
                .isEqualTo("<p>caf\uFFFD</p>");
        // A <meta> past the first 1,024 bytes is not looked for.
        String late = "<!--" + "x".repeat(1100) + "--><meta charset=windows-1252><p>caf\u00e9</p>";
        assertThat(HtmlBytes.decode(bytes(late, Charset.forName("windows-1252")))).endsWith("caf\uFFFD</p>");
    }

    @Test
    void aTransportCharsetComesAfterTheByteOrderMarkAndBeforeTheMeta() {
        String body = "<p>caf\u00e9 \u20ac</p>";
        byte[] cp1252 = bytes(body, Charset.forName("windows-1252"));
        assertThat(ArticleHtml.decode(cp1252, "windows-1252")).isEqualTo(body);
        assertThat(ArticleHtml.decode(cp1252, "ISO-8859-1")).as("Latin-1 read as windows-1252").isEqualTo(body);
        assertThat(ArticleHtml.decode(bytes("\uFEFF" + body, StandardCharsets.UTF_8), "windows-1252"))
                .as("a byte order mark wins").isEqualTo(body);
        assertThat(ArticleHtml.decode(bytes(body, StandardCharsets.UTF_16LE), "utf-16")).isEqualTo(body);

        String wrongMeta = "<meta charset=utf-8>" + body;
        assertThat(ArticleHtml.decode(bytes(wrongMeta, Charset.forName("windows-1252")), " Windows-1252 "))
                .as("the transport beats the page's own meta").isEqualTo(wrongMeta);
        String meta = "<meta charset=windows-1252>" + body;
        assertThat(ArticleHtml.decode(bytes(meta, Charset.forName("windows-1252")), "klingon-8"))
                .as("an unknown label falls back to the meta").isEqualTo(meta);
        assertThat(ArticleHtml.decode(bytes(body, StandardCharsets.UTF_8), "")).isEqualTo(body);
        assertThatThrownBy(() -> ArticleHtml.decode(new byte[0], null)).isInstanceOf(NullPointerException.class)
                .hasMessage("charset must not be null");
    }

    @Test
    void aReaderStreamOrFileReadsAsTheStringItHolds() throws IOException {
        ArticleHtml html = ArticleHtml.standard();
        String page = html.renderDocument(SeedArticle.article());
        Article expected = html.read(page);
        Path file = Files.writeString(dir.resolve("seed.html"), page);

        assertThat(html.read(new StringReader(page))).isEqualTo(expected);
        assertThat(html.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
        assertThat(html.read(file)).isEqualTo(expected);
        assertThat(html.importPage(file, PAGE)).isEqualTo(html.importPage(page, PAGE));
        assertThat(PageImporter.standard().importPage(new ByteArrayInputStream(Files.readAllBytes(file)), PAGE))
                .isEqualTo(PageImporter.standard().importPage(page, PAGE));
    }

    @Test
    void inputOverTheLimitIsRefusedWithoutReadingItAll() {
        ArticleHtml small = ArticleHtml.builder().maxInputLength(100).build();
        String page = "<p>" + "word ".repeat(100) + "</p>";

        assertThatThrownBy(() -> small.read(new StringReader(page))).isInstanceOf(ArticleHtmlException.class)
                .hasMessageContaining("limit of 100 characters");
        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ArticleHtmlException.class).hasMessageContaining("limit of 100 characters");
        // Within the bytes three characters can need, the character limit itself refuses it.
        byte[] within = ("<p>" + "w".repeat(150) + "</p>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(within)))
                .isInstanceOf(ArticleHtmlException.class);
    }

    @Test
    void aFileThatCannotBeOpenedIsNamed() {
        Path missing = dir.resolve("missing.html");

        assertThatThrownBy(() -> ArticleHtml.standard().read(missing)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NoSuchFileException.class).hasMessageContaining("missing.html");
    }

    @Test
    void rebuildKeepsEveryOption() {
        ArticleHtml custom = ArticleHtml.builder().pretty(true).classPrefix("x-").jsonLd(false).maxInputLength(50)
                .build();
        ArticleHtml variant = custom.rebuild().build();
        Article seed = SeedArticle.article();

        assertThat(variant.renderDocument(seed)).isEqualTo(custom.renderDocument(seed));
        assertThatThrownBy(() -> variant.read("<p>" + "x".repeat(60) + "</p>"))
                .isInstanceOf(ArticleHtmlException.class);

        PageImporter importer = PageImporter.builder().bias(PageImporter.Bias.RECALL).drop(".teaser")
                .guessMetadata(false).build();
        String page = "<html><body><article><h1>Title</h1><p>" + "A sentence of the story. ".repeat(8)
                + "</p><p class=teaser>" + "A teaser paragraph that reads like prose. ".repeat(4)
                + "</p></article></body></html>";
        assertThat(importer.rebuild().build().importPage(page, PAGE)).isEqualTo(importer.importPage(page, PAGE));
        assertThat(importer.rebuild().build().importPage(page, PAGE).article().plainText()).doesNotContain("teaser");
    }

    @Test
    void readingValidatesWhenAskedWithTheValidatorGiven() {
        String fragment = "<article><p>A paragraph without a title.</p></article>";
        ArticleHtml validating = ArticleHtml.builder().validate(true).build();

        assertThat(ArticleHtml.standard().read(fragment).metadata().title()).isEmpty();
        assertThatThrownBy(() -> validating.read(fragment)).isInstanceOf(ArticleValidationException.class)
                .hasMessageContaining("title.blank");
        assertThatThrownBy(() -> validating.rebuild().build().read(new StringReader(fragment)))
                .isInstanceOf(ArticleValidationException.class);
        String deep = "<article><h1>T</h1>" + "<blockquote>".repeat(3) + "<p>deep</p>" + "</blockquote>".repeat(3)
                + "</article>";
        assertThat(validating.read(deep).metadata().title()).isEqualTo("T");
        assertThatThrownBy(() -> validating.rebuild().validator(ArticleValidator.builder().maxDepth(2).build())
                .build().read(deep)).isInstanceOf(ArticleValidationException.class)
                .hasMessageContaining("article.too-deep");
    }
}
