package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The size limits hold exactly: input as long as the limit is read, one unit more is refused, from every source. */
class InputLimitsTest {
    /** 44 characters, and as many bytes. */
    private static final String DOCUMENT = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"}}";

    private static final Article ARTICLE = Article.builder().title("T").build();

    /** Each source, and the start of the problem one unit over the limit of 43: a stream is cut off by the codec. */
    static Stream<Arguments> sources() {
        String jackson = "input over a limit: Document length (44) exceeds the maximum allowed (43";
        return Stream.of(
                Arguments.of("string", (BiFunction<ArticleJson, String, Article>) ArticleJson::read, jackson),
                Arguments.of("bytes", (BiFunction<ArticleJson, String, Article>) (json, text) ->
                        json.read(text.getBytes(StandardCharsets.UTF_8)), jackson),
                Arguments.of("stream", (BiFunction<ArticleJson, String, Article>) (json, text) ->
                        json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
                        "input over a limit: the input is longer than the limit of 43 bytes"),
                Arguments.of("reader", (BiFunction<ArticleJson, String, Article>) (json, text) ->
                        json.read(new StringReader(text)), jackson));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void aDocumentAsLongAsTheLimitIsRead(String name, BiFunction<ArticleJson, String, Article> read) {
        assertThat(DOCUMENT).hasSize(44);
        assertThat(read.apply(ArticleJson.builder().maxDocumentLength(44).build(), DOCUMENT)).isEqualTo(ARTICLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void aDocumentOneLongerThanTheLimitIsRefused(String name, BiFunction<ArticleJson, String, Article> read,
            String problem) {
        ArticleJson json = ArticleJson.builder().maxDocumentLength(43).build();
        assertThatThrownBy(() -> read.apply(json, DOCUMENT)).isInstanceOfSatisfying(ArticleJsonException.class, e -> {
            assertThat(e.code()).isEqualTo(ArticleJsonException.OVER_LIMIT);
            assertThat(e.problem()).startsWith(problem);
        });
    }

    /**
     * A stream is cut off by the codec itself, not only by Jackson's count: the problem names the byte limit and the
     * stream is not read past the first byte over it.
     */
    @Test
    void aStreamIsNotReadPastTheFirstByteOverTheLimit() {
        byte[] bytes = (DOCUMENT + " ".repeat(100)).getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        ArticleJson json = ArticleJson.builder().maxDocumentLength(50).build();
        assertThatThrownBy(() -> json.read(in)).isInstanceOfSatisfying(ArticleJsonException.class, e -> {
            assertThat(e.code()).isEqualTo(ArticleJsonException.OVER_LIMIT);
            assertThat(e.problem()).isEqualTo("input over a limit: the input is longer than the limit of 50 bytes");
        });
        assertThat(in.available()).isEqualTo(bytes.length - 51);
    }

    @Test
    void aStringAsLongAsTheLimitIsReadAndOneLongerIsRefused() {
        // "lede/1" is the longest string of the document: six characters.
        assertThat(ArticleJson.builder().maxStringLength(6).build().read(DOCUMENT)).isEqualTo(ARTICLE);
        assertThatThrownBy(() -> ArticleJson.builder().maxStringLength(5).build().read(DOCUMENT))
                .isInstanceOfSatisfying(ArticleJsonException.class, e -> {
                    assertThat(e.code()).isEqualTo(ArticleJsonException.OVER_LIMIT);
                    assertThat(e.problem()).startsWith("input over a limit: String value length (6)");
                    assertThat(e.pointer()).isEqualTo("/format");
                });
    }

    @Test
    void theBuilderTakesEveryLimitInRangeAndNothingOutside() {
        assertThatCode(() -> ArticleJson.builder().maxDocumentLength(1).maxStringLength(1).build())
                .doesNotThrowAnyException();
        assertThat(ArticleJson.builder().maxDocumentLength(Integer.MAX_VALUE - 8).build().read(DOCUMENT))
                .isEqualTo(ARTICLE);
        assertThatThrownBy(() -> ArticleJson.builder().maxDocumentLength(Integer.MAX_VALUE - 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDocumentLength must be from 1 to 2147483639, was 2147483640");
        assertThatThrownBy(() -> ArticleJson.builder().maxDocumentLength(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDocumentLength must be from 1 to 2147483639, was 0");
        assertThatThrownBy(() -> ArticleJson.builder().maxStringLength(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxStringLength must be at least 1, was 0");
    }

    /** The caller's own I/O failure is not bad input: it comes out as itself, unwrapped from Jackson's. */
    @Test
    void aFailingSourceIsAnUncheckedIOExceptionWithTheSourcesException() {
        IOException failure = new IOException("disk gone");
        InputStream stream = new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throw failure;
            }
        };
        Reader reader = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw failure;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> ArticleJson.standard().read(stream)).isInstanceOf(UncheckedIOException.class)
                .cause().isSameAs(failure);
        assertThatThrownBy(() -> ArticleJson.standard().read(reader)).isInstanceOf(UncheckedIOException.class)
                .cause().isSameAs(failure);
    }
}
