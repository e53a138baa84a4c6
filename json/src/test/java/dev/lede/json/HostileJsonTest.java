package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Inline;
import dev.lede.ListBlock;
import dev.lede.ListItem;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.RichText;
import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import dev.lede.validation.ArticleValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Issue 12's findings on the JSON codec: one depth limit with the validator, and a leading byte order mark. */
class HostileJsonTest {
    private static final String DOCUMENT =
            ArticleJson.standard().write(Article.builder().title("T").lead("Hi.").build());

    /**
     * Finding "BOM in JSON": a byte order mark at the start was refused in a String or Reader (Jackson skips one in
     * bytes and streams only); RFC 8259 lets a reader ignore it.
     */
    @Test
    void aLeadingByteOrderMarkIsIgnored() {
        ArticleJson json = ArticleJson.standard();
        Article expected = json.read(DOCUMENT);
        byte[] utf8 = DOCUMENT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(json.read(withBom)).isEqualTo(expected);
        assertThat(json.read(new ByteArrayInputStream(withBom))).isEqualTo(expected);
        assertThat(json.read("\uFEFF" + DOCUMENT)).isEqualTo(expected);
        assertThat(json.read(new StringReader("\uFEFF" + DOCUMENT))).isEqualTo(expected);
        // Only at the start, and only once.
        assertThatThrownBy(() -> json.read("\uFEFF\uFEFF" + DOCUMENT)).isInstanceOf(ArticleJsonException.class);
        assertThatThrownBy(() -> json.read(" \uFEFF" + DOCUMENT)).isInstanceOf(ArticleJsonException.class);
        // Short input still reads as before.
        assertThatThrownBy(() -> json.read(new byte[] {(byte) 0xEF})).isInstanceOf(ArticleJsonException.class);
        assertThatThrownBy(() -> json.read(new ByteArrayInputStream(new byte[] {'{'})))
                .isInstanceOf(ArticleJsonException.class);
    }

    private static Block quote(Block inner) {
        return new Quote(List.of(inner), Optional.empty(), Optional.empty());
    }

    private static Block list(Block inner) {
        return new ListBlock(false, 1, List.of(new ListItem(List.of(Paragraph.of("item"), inner))));
    }

    /** The deepest part that adds no level: a table whose cell holds a code inline. */
    private static Block table() {
        return new Table(Optional.empty(), List.of(), List.of(TableRow.of(
                new TableCell(RichText.of(new Inline.Text("a "), new Inline.Code("b")), false, 1, 1))));
    }

    private static Article nested(int levels, UnaryOperator<Block> level, Block deepest) {
        Block block = deepest;
        for (int i = 0; i < levels; i++) {
            block = level.apply(block);
        }
        return Article.builder().title("T").lead(block).build();
    }

    private static Article emphases(int levels) {
        RichText text = RichText.of("deep");
        for (int i = 0; i < levels; i++) {
            text = RichText.of(i % 3 == 0 ? new Inline.Emphasis(text)
                    : i % 3 == 1 ? new Inline.Strong(text) : new Inline.Link("https://example.org", Optional.empty(), text));
        }
        return Article.builder().title("T").lead(new Paragraph(text)).build();
    }

    /**
     * Finding "one depth limit": 600 nested quotes or lists and 2,000 emphases made write throw Jackson's
     * StreamConstraintsException, and an article the writer wrote could fail to read back. Every article as deep
     * as the limit now writes and reads back, at every limit, and a deeper one is an ArticleJsonException.
     */
    @Test
    void everyArticleWithinTheDepthLimitWritesAndReadsBackAndADeeperOneIsRefused() {
        for (int max : new int[] {1, 2, 7, ArticleValidator.DEFAULT_MAX_DEPTH, ArticleValidator.MAX_MAX_DEPTH}) {
            ArticleJson json = max == ArticleJson.DEFAULT_MAX_DEPTH ? ArticleJson.standard()
                    : ArticleJson.builder().maxDepth(max).build();
            ArticleJson pretty = json.rebuild().pretty(true).build();
            for (Article article : List.of(nested(max, HostileJsonTest::quote, table()),
                    nested(max, HostileJsonTest::list, table()), emphases(max))) {
                assertThat(ArticleValidator.builder().maxDepth(max).build().validate(article).isValid()).isTrue();
                assertThat(json.read(json.write(article))).isEqualTo(article);
                assertThat(pretty.read(pretty.write(article))).isEqualTo(article);
                ByteArrayOutputStream lines = new ByteArrayOutputStream();
                json.linesWriter(lines).write(article).flush();
                assertThat(json.readLines(new ByteArrayInputStream(lines.toByteArray())).toList())
                        .containsExactly(article);
            }
            for (Article deeper : List.of(nested(max + 1, HostileJsonTest::quote, table()),
                    nested(max + 1, HostileJsonTest::list, table()), emphases(max + 1), emphases(2_000),
                    nested(600, HostileJsonTest::quote, table()), nested(600, HostileJsonTest::list, table()))) {
                assertThatThrownBy(() -> json.write(deeper)).isInstanceOfSatisfying(ArticleJsonException.class,
                        e -> assertThat(e.problem()).startsWith("the article nests more than " + max + " levels"));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertThatThrownBy(() -> json.linesWriter(out).write(deeper))
                        .isInstanceOf(ArticleJsonException.class);
            }
        }
    }

    @Test
    void aDeeperArticleReadsOnlyWithoutValidationAndWithinTheJsonNesting() {
        ArticleJson json = ArticleJson.builder().maxDepth(3).build();
        String four = ArticleJson.builder().maxDepth(4).build().write(nested(4, HostileJsonTest::quote,
                Paragraph.of("p")));
        assertThatThrownBy(() -> json.read(four)).isInstanceOfSatisfying(
                dev.lede.validation.ArticleValidationException.class,
                e -> assertThat(e.report().errors().get(0).code()).isEqualTo("article.too-deep"));
        assertThat(json.rebuild().validate(false).build().read(four).lead()).hasSize(1);
        // 4 JSON levels a model level and 8 more: 20 for a limit of 3.
        String open = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},\"lead\":[";
        String tooDeep = "{\"type\":\"quote\",\"blocks\":[".repeat(10) + "]}".repeat(10);
        assertThatThrownBy(() -> json.read(open + tooDeep + "]}")).isInstanceOfSatisfying(
                ArticleJsonException.class, e -> assertThat(e.problem()).contains("20"));
    }

    /** Writing names the first part too deep, as the validator's {@code article.too-deep} does. */
    @Test
    void writingTooDeepAnArticleNamesTheFirstPartPastTheLimit() {
        ArticleJson json = ArticleJson.builder().maxDepth(2).build();
        assertThatThrownBy(() -> json.write(nested(3, HostileJsonTest::quote, Paragraph.of("p"))))
                .isInstanceOfSatisfying(ArticleJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo(ArticleJsonException.TOO_DEEP);
                    assertThat(e.problem())
                            .isEqualTo("the article nests more than 2 levels deep, at lead[0].blocks[0].blocks[0]");
                    assertThat(e.pointer()).isEmpty();
                    assertThat(e.line()).isEqualTo(-1);
                    assertThat(e.column()).isEqualTo(-1);
                });
    }

    private static String repeat(String open, String inner, String close, int times) {
        return open.repeat(times) + inner + close.repeat(times);
    }

    static Stream<Arguments> tooDeepForTheReader() {
        String open = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},";
        String em = "{\"type\":\"em\",\"text\":[";
        // The article is JSON level 1; the comments count the levels up to the first part past 12, the 13th.
        return Stream.of(
                // sections, subsections: a section is at level 3, 5, 7 ...
                Arguments.of("sections", open + "\"sections\":["
                        + repeat("{\"id\":\"s\",\"heading\":\"h\",\"subsections\":[", "", "]}", 8) + "]}",
                        "/sections/0" + "/subsections/0".repeat(5), 1, 252),
                // the lead, a quote, its blocks: a quote is at level 3, 5, 7 ...
                Arguments.of("quotes", open + "\"lead\":[" + repeat("{\"type\":\"quote\",\"blocks\":[", "", "]}", 8)
                        + "]}", "/lead/0" + "/blocks/0".repeat(5), 1, 183),
                // the lead, a paragraph, its text: an inline is at level 5, 7, 9 ...
                Arguments.of("emphases", open + "\"lead\":[{\"type\":\"paragraph\",\"text\":["
                        + repeat(em, "\"x\"", "]}", 8) + "]}]}", "/lead/0/text/0" + "/text/0".repeat(4), 1, 165),
                // the lead, a table, its body, a row, a cell, its text: rich text is at level 7, 9, 11, 13
                Arguments.of("rich text", open + "\"lead\":[{\"type\":\"table\",\"body\":[[{\"text\":["
                        + repeat(em, "\"x\"", "]}", 8) + "]}]]}]}", "/lead/0/body/0/0/text" + "/0/text".repeat(3),
                        1, 149));
    }

    /**
     * Inside a user's mapper the parser has the mapper's nesting limit, not the codec's; the reader's own guard
     * stops the article at the codec's JSON nesting (12 for a limit of 1), at the first section, block, rich text
     * or inline past it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tooDeepForTheReader")
    void theReadersOwnDepthGuardHoldsInAUsersMapper(String name, String json, String pointer, int line, int column) {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new LedeJsonModule(ArticleJson.builder().maxDepth(1).build()))
                .build();
        assertThatThrownBy(() -> mapper.readValue(json, Article.class))
                .isInstanceOfSatisfying(ArticleJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo(ArticleJsonException.OVER_LIMIT);
                    assertThat(e.problem()).isEqualTo("nesting deeper than the limit of 12");
                    assertThat(e.pointer()).isEqualTo(pointer);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                });
    }
}
