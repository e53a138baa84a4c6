package dev.lede.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonToken;

/**
 * The words each error message uses for what it found instead. The reader looks for the end of an object, an array
 * or the input before it expects a value, so those words are not reached through the codec; they are pinned here
 * all the same, with the rest.
 */
class ArticleReaderDescribeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            START_OBJECT       | an object
            START_ARRAY        | an array
            VALUE_STRING       | a string
            VALUE_NUMBER_INT   | an integer
            VALUE_NUMBER_FLOAT | a decimal number
            VALUE_TRUE         | a boolean
            VALUE_FALSE        | a boolean
            VALUE_NULL         | null
            END_OBJECT         | the end of the object
            END_ARRAY          | the end of the array
            PROPERTY_NAME      | PROPERTY_NAME
            """)
    void describesEachKindOfToken(JsonToken token, String words) {
        assertThat(ArticleReader.describe(token)).isEqualTo(words);
    }

    @Test
    void describesTheEndOfInput() {
        assertThat(ArticleReader.describe(null)).isEqualTo("the end of input");
    }
}
