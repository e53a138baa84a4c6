package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import dev.lede.validation.ArticleValidationException;
import dev.lede.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Reading validates by default: a well-formed document holding an invalid article is rejected. */
class ValidationOnReadTest {
    /** Well-formed lede/1, but the title is blank. */
    private static final String BLANK_TITLE = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\" \"},"
            + "\"lead\":[{\"type\":\"paragraph\",\"text\":\"Hello\"}]}";

    @Test
    void anArticleWithErrorsIsRejectedByDefault() {
        assertThatThrownBy(() -> ArticleJson.standard().read(BLANK_TITLE))
                .isInstanceOfSatisfying(ArticleValidationException.class, e -> assertThat(e.report().errors())
                        .extracting(Violation::path).contains("metadata.title"));
    }

    @Test
    void warningsPass() {
        String json = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},\"lead\":[{\"type\":\"figure\","
                + "\"image\":{\"src\":\"https://example.org/a.png\",\"alt\":\"\"}}]}";
        assertThat(ArticleJson.standard().read(json).lead()).hasSize(1);
    }

    @Test
    void validationCanBeTurnedOff() {
        ArticleJson unchecked = ArticleJson.builder().validate(false).build();
        assertThat(unchecked.read(BLANK_TITLE).metadata().title()).isEqualTo(" ");
        assertThat(unchecked.rebuild().build().read(BLANK_TITLE).metadata().title()).isEqualTo(" ");
        assertThatThrownBy(() -> unchecked.rebuild().validate(true).build().read(BLANK_TITLE))
                .isInstanceOf(ArticleValidationException.class);
    }

    @Test
    void theModuleValidatesLikeItsCodec() {
        JsonMapper strict = JsonMapper.builder().addModule(new LedeJsonModule()).build();
        assertThatThrownBy(() -> strict.readValue(BLANK_TITLE, Article.class))
                .isInstanceOf(ArticleValidationException.class);
        JsonMapper unchecked = JsonMapper.builder()
                .addModule(new LedeJsonModule(ArticleJson.builder().validate(false).build())).build();
        assertThat(unchecked.readValue(BLANK_TITLE, Article.class).metadata().title()).isEqualTo(" ");
    }

    @Test
    void anInvalidArticleInJsonLinesReportsItsLine() {
        String good = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"}}";
        byte[] lines = (good + "\n" + BLANK_TITLE + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> {
            try (Stream<Article> articles = ArticleJson.standard().readLines(new ByteArrayInputStream(lines))) {
                articles.count();
            }
        }).isInstanceOfSatisfying(ArticleJsonException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.problem()).startsWith("invalid article: ");
            assertThat(e.getCause()).isInstanceOf(ArticleValidationException.class);
        });
    }
}
