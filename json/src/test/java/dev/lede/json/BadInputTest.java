package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.LedeException;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.validation.ArticleValidator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gives an ArticleJsonException with the pointer, position and problem. */
class BadInputTest {
    /** A valid start: the format and the metadata, without the closing brace. */
    private static final String HEAD = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"}";
    /** A valid start up to a second metadata property. */
    private static final String META = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\",";

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                bad("malformed JSON", "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"]}",
                        "malformed JSON: Unexpected close marker ']': expected '}'", "/metadata/title", 1, 43),
                bad("truncated JSON", "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"",
                        "malformed JSON: Unexpected end-of-input: expected close marker for Object",
                        "/metadata/title", 1, 43),
                bad("empty input", "", "expected an article object, found the end of input", "", 1, -1),
                bad("not an object", "[1]", "expected an article object, found an array", "", 1, 1),
                bad("a second document", HEAD + "} {}",
                        "expected the end of input after the article, found an object", "", 1, 46),
                bad("trailing garbage", HEAD + "} x", "malformed JSON: Unrecognized token 'x': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')", "", 1, 46),
                bad("unknown property", "{\"format\":\"lede/1\",\"metadata\":{\"titel\":\"T\"}}",
                        "unknown property \"titel\"", "/metadata/titel", 1, 32),
                bad("unknown top-level property", HEAD + ",\"extra\":1}", "unknown property \"extra\"", "/extra", 1,
                        45),
                bad("property of another block type", HEAD + ",\"lead\":[{\"type\":\"paragraph\",\"text\":\"x\","
                        + "\"items\":[]}]}", "property \"items\" is not allowed on type \"paragraph\"",
                        "/lead/0/items", 1, 84),
                bad("property of another block type before the type",
                        HEAD + ",\"lead\":[{\"items\":[],\"type\":\"paragraph\",\"text\":\"x\"}]}",
                        "property \"items\" is not allowed on type \"paragraph\"", "/lead/0/items", 1, 54),
                bad("duplicate key", "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\",\"title\":\"U\"}}",
                        "duplicate property \"title\"", "/metadata/title", 1, 44),
                bad("duplicate block type", HEAD + ",\"lead\":[{\"type\":\"divider\",\"type\":\"divider\"}]}",
                        "duplicate property \"type\"", "/lead/0/type", 1, 71),
                bad("duplicate format", HEAD + ",\"format\":\"lede/1\"}", "duplicate property \"format\"", "/format",
                        1, 45),
                bad("string for a number", HEAD + ",\"lead\":[{\"type\":\"list\",\"ordered\":true,\"start\":\"7\"}]}",
                        "expected an integer, found a string", "/lead/0/start", 1, 91),
                bad("decimal for an integer", HEAD + ",\"lead\":[{\"type\":\"list\",\"ordered\":true,\"start\":1.9}]}",
                        "expected an integer, found a decimal number", "/lead/0/start", 1, 91),
                bad("integer out of range", HEAD + ",\"lead\":[{\"type\":\"list\",\"ordered\":true,"
                        + "\"start\":3000000000}]}", "expected an integer from -2147483648 to 2147483647, found "
                        + "3000000000", "/lead/0/start", 1, 91),
                bad("string for a boolean", HEAD + ",\"lead\":[{\"type\":\"list\",\"ordered\":\"true\"}]}",
                        "expected true or false, found a string", "/lead/0/ordered", 1, 78),
                bad("number for a string", "{\"format\":\"lede/1\",\"metadata\":{\"title\":7}}",
                        "expected a string, found an integer", "/metadata/title", 1, 40),
                bad("object for a string", "{\"format\":\"lede/1\",\"metadata\":{\"title\":{}}}",
                        "expected a string, found an object", "/metadata/title", 1, 40),
                bad("number for rich text", HEAD + ",\"lead\":[{\"type\":\"paragraph\",\"text\":1}]}",
                        "expected rich text (a string, or an array of strings and inline objects), found an "
                                + "integer", "/lead/0/text", 1, 80),
                bad("missing title", "{\"format\":\"lede/1\",\"metadata\":{}}", "missing required property \"title\"",
                        "/metadata", 1, 32),
                bad("missing metadata", "{\"format\":\"lede/1\"}", "missing required property \"metadata\"", "",
                        1, 19),
                bad("missing block type", HEAD + ",\"lead\":[{\"text\":\"x\"}]}", "missing required property \"type\"",
                        "/lead/0", 1, 64),
                bad("missing paragraph text", HEAD + ",\"lead\":[{\"type\":\"paragraph\"}]}",
                        "missing required property \"text\"", "/lead/0", 1, 72),
                bad("null title", "{\"format\":\"lede/1\",\"metadata\":{\"title\":null}}",
                        "expected a string, found null", "/metadata/title", 1, 40),
                bad("null optional value", "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\",\"subtitle\":null}}",
                        "expected a string, found null", "/metadata/subtitle", 1, 55),
                bad("null hero", HEAD + ",\"hero\":null}", "expected a figure object, found null", "/hero", 1, 52),
                bad("null list", HEAD + ",\"lead\":null}", "expected an array of blocks, found null", "/lead", 1, 52),
                bad("unknown format version", "{\"format\":\"lede/2\",\"metadata\":{\"title\":\"T\"}}",
                        "unsupported format \"lede/2\"; expected \"lede/1\"", "/format", 1, 11),
                bad("format not first", "{\"metadata\":{\"title\":\"T\"},\"format\":\"lede/1\"}",
                        "expected \"format\" as the first property, found \"metadata\"", "/metadata", 1, 2),
                bad("unknown block type", HEAD + ",\"lead\":[{\"type\":\"video\"}]}",
                        "unknown block type \"video\"; expected one of \"paragraph\", \"list\", \"quote\", \"figure\", "
                                + "\"table\", \"summary-table\", \"code\", \"divider\"", "/lead/0/type", 1, 61),
                bad("unknown inline type", HEAD + ",\"lead\":[{\"type\":\"paragraph\",\"text\":[{\"type\":\"u\"}]}]}",
                        "unknown inline type \"u\"; expected one of \"em\", \"strong\", \"code\", \"link\", \"br\"",
                        "/lead/0/text/0/type", 1, 89),
                bad("start on a bulleted list", HEAD + ",\"lead\":[{\"type\":\"list\",\"start\":2}]}",
                        "a list with \"start\" other than 1 must be \"ordered\"", "/lead/0", 1, 77),
                bad("zero colspan", HEAD + ",\"lead\":[{\"type\":\"table\",\"body\":[[{\"text\":\"x\",\"colspan\":0}]]}]}",
                        "expected a positive integer, found 0", "/lead/0/body/0/0/colspan", 1, 100),
                bad("date without time", "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\",\"published\":\"2025-08-15\"}}",
                        "expected an ISO 8601 date and time with an offset, such as \"2025-08-15T09:30:00+02:00\", "
                                + "found \"2025-08-15\"", "/metadata/published", 1, 56),
                bad("bad URI", "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\",\"canonicalUrl\":\"http://a b\"}}",
                        "expected a URI reference, found \"http://a b\" (Illegal character in authority)",
                        "/metadata/canonicalUrl", 1, 59),
                bad("three labels", HEAD + ",\"lead\":[{\"type\":\"summary-table\",\"labels\":[\"a\",\"b\",\"c\"]}]}",
                        "expected two labels, aspect and summary, found more", "/lead/0/labels/2", 1, 95),
                bad("unknown note kind", HEAD + ",\"notes\":[{\"kind\":\"EDITORIAL\"}]}",
                        "unknown note kind \"EDITORIAL\"; expected \"editorial\", \"correction\", \"disclosure\" or "
                                + "\"update\"", "/notes/0/kind", 1, 62),
                // A value of the wrong JSON type where each kind of object or array belongs.
                bad("author not an object", META + "\"authors\":[1]}}",
                        "expected an object with a \"name\", found an integer", "/metadata/authors/0", 1, 55),
                bad("authors not an array", META + "\"authors\":{}}}", "expected an array of authors, found an object",
                        "/metadata/authors", 1, 54),
                bad("publisher not an object", META + "\"publisher\":\"P\"}}",
                        "expected an object with a \"name\", found a string", "/metadata/publisher", 1, 56),
                bad("tags not an array", META + "\"tags\":\"a\"}}", "expected an array of strings, found a string",
                        "/metadata/tags", 1, 51),
                bad("section not an object", HEAD + ",\"sections\":[[]]}", "expected a section object, found an array",
                        "/sections/0", 1, 57),
                bad("sections not an array", HEAD + ",\"sections\":{}}", "expected an array of sections, found an "
                        + "object", "/sections", 1, 56),
                bad("note not an object", HEAD + ",\"notes\":[null]}", "expected a note object, found null",
                        "/notes/0", 1, 54),
                bad("block not an object", HEAD + ",\"lead\":[true]}", "expected a block object, found a boolean",
                        "/lead/0", 1, 53),
                bad("hero image not an object", HEAD + ",\"hero\":{\"image\":\"x.png\"}}",
                        "expected an image object, found a string", "/hero/image", 1, 61),
                bad("figure image not an object", HEAD + ",\"lead\":[{\"type\":\"figure\",\"image\":1.5}]}",
                        "expected an image object, found a decimal number", "/lead/0/image", 1, 78),
                bad("list items not an array", HEAD + ",\"lead\":[{\"type\":\"list\",\"items\":{}}]}",
                        "expected an array of list items, found an object", "/lead/0/items", 1, 76),
                bad("list item not an object", HEAD + ",\"lead\":[{\"type\":\"list\",\"items\":[\"one\"]}]}",
                        "expected a list item object, found a string", "/lead/0/items/0", 1, 77),
                bad("table rows not an array", HEAD + ",\"lead\":[{\"type\":\"table\",\"head\":{}}]}",
                        "expected an array of table rows, found an object", "/lead/0/head", 1, 76),
                bad("table row not an array", HEAD + ",\"lead\":[{\"type\":\"table\",\"body\":[{}]}]}",
                        "expected a table row (an array of cells), found an object", "/lead/0/body/0", 1, 77),
                bad("table cell not an object", HEAD + ",\"lead\":[{\"type\":\"table\",\"body\":[[\"a\"]]}]}",
                        "expected a table cell object, found a string", "/lead/0/body/0/0", 1, 78),
                bad("labels not an array", HEAD + ",\"lead\":[{\"type\":\"summary-table\",\"labels\":\"a\"}]}",
                        "expected an array of two labels, aspect and summary, found a string", "/lead/0/labels", 1, 86),
                bad("summary rows not an array", HEAD + ",\"lead\":[{\"type\":\"summary-table\","
                        + "\"labels\":[\"a\",\"b\"],\"rows\":{}}]}",
                        "expected an array of summary rows, found an object", "/lead/0/rows", 1, 103),
                bad("summary row not an array", HEAD + ",\"lead\":[{\"type\":\"summary-table\","
                        + "\"labels\":[\"a\",\"b\"],\"rows\":[\"a\"]}]}",
                        "expected a summary row [aspect, summary], found a string", "/lead/0/rows/0", 1, 104),
                // An inline's properties are checked against its type, wherever "type" comes.
                bad("property of another inline type before the type", HEAD + ",\"lead\":[{\"type\":\"paragraph\","
                        + "\"text\":[{\"href\":\"/a\",\"type\":\"em\",\"text\":\"x\"}]}]}",
                        "property \"href\" is not allowed on type \"em\"", "/lead/0/text/0/href", 1, 82),
                bad("link without href", HEAD + ",\"lead\":[{\"type\":\"paragraph\",\"text\":[{\"type\":\"link\","
                        + "\"text\":\"x\"}]}]}", "missing required property \"href\"", "/lead/0/text/0", 1, 106),
                bad("emphasis without text",
                        HEAD + ",\"lead\":[{\"type\":\"paragraph\",\"text\":[{\"type\":\"em\"}]}]}",
                        "missing required property \"text\"", "/lead/0/text/0", 1, 93));
    }

    private static Arguments bad(String name, String json, String problem, String pointer, int line, int column) {
        return Arguments.of(name, json, problem, pointer, line, column);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void isRejectedWithPointerAndPosition(String name, String json, String problem, String pointer, int line,
            int column) {
        ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class,
                () -> ArticleJson.standard().read(json));
        assertThat(e).as(name).isNotNull();
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.code()).startsWith("json.");
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e).isInstanceOf(LedeException.class).hasMessageStartingWith(problem + " at \"" + pointer + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void isRejectedTheSameFromBytes(String name, String json, String problem, String pointer) {
        assertThatThrownBy(() -> ArticleJson.standard().read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ArticleJsonException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.pointer()).isEqualTo(pointer);
                });
    }

    /** Bytes that do not decode are malformed text, told apart from malformed JSON and from a failing source. */
    @Test
    void undecodableBytesAreMalformedText() {
        byte[] utf32 = {0, 0, 0, '{', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        assertThatThrownBy(() -> ArticleJson.standard().read(utf32)).isInstanceOfSatisfying(ArticleJsonException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ArticleJsonException.MALFORMED);
                    assertThat(e.problem()).isEqualTo("malformed text: Invalid UTF-32 character 0x7fffffff (above "
                            + "0x0010ffff) at char #1, byte #4)");
                    assertThat(e.pointer()).isEmpty();
                });
    }

    @Test
    void positionCountsLines() {
        String json = "{\n  \"format\": \"lede/1\",\n  \"metadata\": {\n    \"title\": 1\n  }\n}";
        ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class,
                () -> ArticleJson.standard().read(json));
        assertThat(e).hasMessage("expected a string, found an integer at \"/metadata/title\" (line 4, column 14)");
    }

    @Test
    void lenientReadingSkipsAndReportsUnknownProperties() {
        List<String> ignored = new ArrayList<>();
        ArticleJson lenient = ArticleJson.builder().ignoreUnknownProperties(ignored::add).validate(false).build();
        String json = "{\"format\":\"lede/1\",\"x\":{\"deep\":[1,{\"y\":null}]},\"metadata\":{\"title\":\"T\",\"y\":2},"
                + "\"lead\":[{\"colour\":\"red\",\"items\":[{\"blocks\":[],\"z\":1}],\"type\":\"list\",\"text\":\"t\"},"
                + "{\"type\":\"paragraph\",\"text\":[{\"type\":\"br\",\"text\":\"b\"}],\"start\":3}]}";
        Article article = lenient.read(json);
        assertThat(ArticleJson.standard().write(article)).isEqualTo("{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},"
                + "\"lead\":[{\"type\":\"list\",\"items\":[{}]},{\"type\":\"paragraph\",\"text\":[{\"type\":\"br\"}]}]}");
        assertThat(ignored).containsExactly("/x", "/metadata/y", "/lead/0/colour", "/lead/0/items/0/z",
                "/lead/0/text", "/lead/1/text/0/text", "/lead/1/start");
    }

    /**
     * Every kind of object skips an unknown property whole, whatever its value, and reports it where it was;
     * properties of another type that come before "type" are reported too, each of them.
     */
    @Test
    void lenientReadingSkipsUnknownPropertiesInEveryKindOfObject() {
        List<String> ignored = new ArrayList<>();
        ArticleJson lenient = ArticleJson.builder().ignoreUnknownProperties(ignored::add).validate(false).build();
        String json = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\","
                + "\"authors\":[{\"name\":\"A\",\"x\":{\"name\":\"B\"}}],\"publisher\":{\"x\":[\"y\"],\"name\":\"P\"}},"
                + "\"hero\":{\"x\":{\"src\":\"y\"},\"image\":{\"src\":\"h.png\",\"x\":[1,2],\"alt\":\"\"}},"
                + "\"lead\":[{\"type\":\"table\",\"body\":[[{\"x\":{\"text\":\"y\"},\"text\":[{\"type\":\"em\","
                + "\"x\":{\"text\":\"y\"},\"text\":\"e\"}]}]]},"
                + "{\"text\":\"t\",\"items\":[{}],\"type\":\"divider\"},"
                + "{\"type\":\"paragraph\",\"text\":[{\"href\":\"/a\",\"title\":\"t\",\"type\":\"em\","
                + "\"text\":\"e\"}]}],"
                + "\"sections\":[{\"id\":\"s\",\"x\":{\"heading\":\"y\"},\"heading\":\"H\"}],"
                + "\"notes\":[{\"x\":{\"kind\":\"y\"},\"kind\":\"update\"}]}";
        Article article = lenient.read(json);
        assertThat(ArticleJson.standard().write(article)).isEqualTo("{\"format\":\"lede/1\",\"metadata\":{"
                + "\"title\":\"T\",\"authors\":[{\"name\":\"A\"}],\"publisher\":{\"name\":\"P\"}},"
                + "\"hero\":{\"image\":{\"src\":\"h.png\",\"alt\":\"\"}},"
                + "\"lead\":[{\"type\":\"table\",\"body\":[[{\"text\":[{\"type\":\"em\",\"text\":\"e\"}]}]]},"
                + "{\"type\":\"divider\"},{\"type\":\"paragraph\",\"text\":[{\"type\":\"em\",\"text\":\"e\"}]}],"
                + "\"sections\":[{\"id\":\"s\",\"heading\":\"H\"}],\"notes\":[{\"kind\":\"update\"}]}");
        assertThat(ignored).containsExactly("/metadata/authors/0/x", "/metadata/publisher/x", "/hero/x",
                "/hero/image/x", "/lead/0/body/0/0/x", "/lead/0/body/0/0/text/0/x", "/lead/1/text", "/lead/1/items",
                "/lead/2/text/0/href", "/lead/2/text/0/title", "/sections/0/x", "/notes/0/x");
    }

    @Test
    void lenientReadingIsStrictAboutEverythingElse() {
        ArticleJson lenient = ArticleJson.builder().ignoreUnknownProperties(pointer -> { }).build();
        assertThatThrownBy(() -> lenient.read(HEAD + ",\"lead\":[{\"type\":\"video\"}]}"))
                .isInstanceOf(ArticleJsonException.class).hasMessageStartingWith("unknown block type \"video\"");
        assertThatThrownBy(() -> lenient.read("{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\",\"title\":\"T\"}}"))
                .isInstanceOf(ArticleJsonException.class).hasMessageStartingWith("duplicate property \"title\"");
        assertThat(lenient.rebuild().failOnUnknownProperties().build())
                .satisfies(strict -> assertThatThrownBy(() -> strict.read(HEAD + ",\"x\":1}"))
                        .isInstanceOf(ArticleJsonException.class).hasMessageStartingWith("unknown property \"x\""));
    }

    @Test
    void documentOverTheSizeLimitIsRefused() {
        ArticleJson small = ArticleJson.builder().maxDocumentLength(100).build();
        String json = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"" + "x".repeat(200) + "\"}}";
        assertThatThrownBy(() -> small.read(json)).isInstanceOfSatisfying(ArticleJsonException.class,
                e -> assertThat(e.problem()).startsWith("input over a limit: Document length (").contains("100"));
        assertThatThrownBy(() -> small.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArticleJsonException.class).hasMessageContaining("over a limit");
    }

    @Test
    void endlessStreamIsRefusedEarly() {
        long[] served = new long[1];
        InputStream endless = new InputStream() {
            private final byte[] start = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},\"lead\":[".getBytes(
                    StandardCharsets.UTF_8);

            @Override
            public int read() {
                long at = served[0]++;
                return at < start.length ? start[(int) at] : ' ';
            }
        };
        ArticleJson json = ArticleJson.builder().maxDocumentLength(1 << 20).build();
        assertThatThrownBy(() -> json.read(endless)).isInstanceOf(ArticleJsonException.class)
                .hasMessageContaining("over a limit");
        assertThat(served[0]).isLessThan(2L << 20);
    }

    @Test
    void stringOverTheLengthLimitIsRefused() {
        ArticleJson json = ArticleJson.builder().maxStringLength(1000).build();
        String doc = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"" + "x".repeat(5000) + "\"}}";
        assertThatThrownBy(() -> json.read(doc)).isInstanceOfSatisfying(ArticleJsonException.class, e -> {
            assertThat(e.problem()).startsWith("input over a limit: String value length").contains("1000");
            assertThat(e.pointer()).isEqualTo("/metadata/title");
        });
    }

    static Stream<Arguments> deepDocuments() {
        int levels = 100_000;
        String arrays = "[".repeat(levels) + "]".repeat(levels);
        String objects = "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
        String quotes = "{\"type\":\"quote\",\"blocks\":[".repeat(levels) + "]}".repeat(levels);
        String em = "{\"type\":\"em\",\"text\":[".repeat(levels) + "]}".repeat(levels);
        String open = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},";
        return Stream.of(
                Arguments.of("arrays at the root", arrays),
                Arguments.of("objects at the root", objects),
                Arguments.of("arrays in a skipped property", open + "\"x\":" + arrays + "}"),
                Arguments.of("objects in a skipped property", open + "\"x\":" + objects + "}"),
                Arguments.of("quotes in quotes", open + "\"lead\":[" + quotes + "]}"),
                Arguments.of("emphasis in emphasis", open + "\"lead\":[{\"type\":\"paragraph\",\"text\":[" + em
                        + "]}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepDocuments")
    void deepNestingIsATypedErrorNotAStackOverflow(String name, String json) {
        ArticleJson lenient = ArticleJson.builder().ignoreUnknownProperties(pointer -> { }).build();
        for (ArticleJson codec : List.of(ArticleJson.standard(), lenient)) {
            assertThatThrownBy(() -> codec.read(json)).isInstanceOf(ArticleJsonException.class);
            assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(ArticleJsonException.class);
        }
    }

    @Test
    void anArticleNestedAsDeepAsTheValidatorAllowsIsReadBackByDefault() {
        // A list item is the model level that costs most JSON levels: its list, the items, the item, its blocks.
        Block block = Paragraph.of("deepest");
        for (int i = 1; i < ArticleValidator.DEFAULT_MAX_DEPTH; i++) {
            block = new ListBlock(false, 1, List.of(new ListItem(List.of(Paragraph.of("level " + i), block))));
        }
        Article article = Article.builder().title("T").lead(new Quote(List.of(block), Optional.empty(),
                Optional.empty())).build();
        assertThat(ArticleValidator.standard().validate(article).isValid()).isTrue();

        assertThat(ArticleJson.standard().read(ArticleJson.standard().write(article))).isEqualTo(article);
    }
}
