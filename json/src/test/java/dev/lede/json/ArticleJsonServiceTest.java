package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.validation.ArticleValidationException;
import dev.lede.validation.ArticleValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13's "services that behave alike" on the JSON codec: a file as input, a validator of the user's, and a
 * stable code for each kind of problem.
 */
class ArticleJsonServiceTest {
    private static final String HEAD = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"}";

    @TempDir
    Path dir;

    /** An article whose quotes nest {@code levels} deep. */
    private static Article nested(int levels) {
        Block block = Paragraph.of("deepest");
        for (int i = 0; i < levels; i++) {
            block = new Quote(List.of(block), Optional.empty(), Optional.empty());
        }
        return Article.builder().title("T").lead(block).build();
    }

    @Test
    void readsAFileAndNamesOneThatCannotBeOpened() throws IOException {
        Article article = Article.builder().title("T").lead("From a file.").build();
        Path file = Files.writeString(dir.resolve("a.json"), ArticleJson.standard().write(article));

        assertThat(ArticleJson.standard().read(file)).isEqualTo(article);
        assertThatThrownBy(() -> ArticleJson.standard().read(dir.resolve("missing.json")))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("missing.json");
    }

    @Test
    void readingRunsTheValidatorTheBuilderWasGivenAndRebuildKeepsIt() {
        String json = ArticleJson.standard().write(nested(3));
        ArticleValidator shallow = ArticleValidator.builder().maxDepth(2).build();
        ArticleJson strict = ArticleJson.builder().validator(shallow).build();

        assertThat(ArticleJson.standard().read(json)).isEqualTo(nested(3));
        ArticleValidationException refused = catchThrowableOfType(ArticleValidationException.class,
                () -> strict.read(json));
        assertThat(refused.report().violations()).extracting(v -> v.code()).containsExactly("article.too-deep");
        assertThatThrownBy(() -> strict.rebuild().pretty(true).build().read(json))
                .isInstanceOf(ArticleValidationException.class);
        assertThat(strict.rebuild().validate(false).build().read(json)).isEqualTo(nested(3));
    }

    @Test
    void withoutAValidatorOfItsOwnTheCodecValidatesToItsOwnDepth() {
        ArticleJson deep = ArticleJson.builder().maxDepth(2).build().rebuild().maxDepth(8).build();

        assertThat(deep.read(ArticleJson.standard().write(nested(5)))).isEqualTo(nested(5));
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(ArticleJsonException.MALFORMED, read(HEAD + "]}")),
                Arguments.of(ArticleJsonException.MALFORMED, read(HEAD + "} {}")),
                Arguments.of(ArticleJsonException.MALFORMED, read("")),
                Arguments.of(ArticleJsonException.OVER_LIMIT, (Executable) () -> ArticleJson.builder()
                        .maxDocumentLength(10).build().read(HEAD + "}")),
                Arguments.of(ArticleJsonException.WRONG_TYPE,
                        read("{\"format\":\"lede/1\",\"metadata\":{\"title\":7}}")),
                Arguments.of(ArticleJsonException.INVALID_VALUE, read("{\"format\":\"lede/2\"}")),
                Arguments.of(ArticleJsonException.INVALID_VALUE, read(HEAD + ",\"lead\":[{\"type\":\"poem\"}]}")),
                Arguments.of(ArticleJsonException.UNKNOWN_PROPERTY, read(HEAD + ",\"extra\":1}")),
                Arguments.of(ArticleJsonException.UNKNOWN_PROPERTY, read(HEAD
                        + ",\"lead\":[{\"type\":\"paragraph\",\"text\":\"x\",\"items\":[]}]}")),
                Arguments.of(ArticleJsonException.DUPLICATE_PROPERTY, read(HEAD + ",\"format\":\"lede/1\"}")),
                Arguments.of(ArticleJsonException.MISSING_PROPERTY, read("{\"format\":\"lede/1\",\"metadata\":{}}")),
                Arguments.of(ArticleJsonException.TOO_DEEP, (Executable) () -> ArticleJson.builder().maxDepth(2)
                        .build().write(nested(3))),
                Arguments.of(ArticleJsonException.INVALID_ARTICLE, (Executable) () -> ArticleJson.standard()
                        .readLines(new ByteArrayInputStream((HEAD.replace("\"T\"", "\" \"") + "}\n")
                                .getBytes(StandardCharsets.UTF_8))).toList()));
    }

    private static Executable read(String json) {
        return () -> ArticleJson.standard().read(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void eachKindOfProblemHasItsCode(String code, Executable failing) {
        ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, failing::execute);

        assertThat(e).as(code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
    }
}
