package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The message places the problem as far as it is known: a line and column of 1 are known, 0 or less are not. */
class ArticleJsonExceptionTest {
    @ParameterizedTest(name = "line {0}, column {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
             1 |  1 | expected a string at "/a/0" (line 1, column 1) |  1 |  1
            12 | 40 | expected a string at "/a/0" (line 12, column 40) | 12 | 40
             1 |  0 | expected a string at "/a/0" (line 1)            |  1 | -1
             1 | -1 | expected a string at "/a/0" (line 1)            |  1 | -1
             0 |  0 | expected a string at "/a/0"                     | -1 | -1
            -1 | -1 | expected a string at "/a/0"                     | -1 | -1
            """)
    void placesTheProblemAsFarAsItIsKnown(long line, long column, String message, long expectedLine,
            long expectedColumn) {
        IOException cause = new IOException("cause");
        ArticleJsonException e = new ArticleJsonException(ArticleJsonException.WRONG_TYPE, "expected a string",
                "/a/0", line, column, cause);
        assertThat(e).hasMessage(message).hasCause(cause);
        assertThat(e.line()).isEqualTo(expectedLine);
        assertThat(e.column()).isEqualTo(expectedColumn);
        assertThat(e.code()).isEqualTo(ArticleJsonException.WRONG_TYPE);
        assertThat(e.problem()).isEqualTo("expected a string");
        assertThat(e.pointer()).isEqualTo("/a/0");
    }
}
