package dev.lede.html.internal.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {
    @Test
    @SuppressWarnings("unchecked")
    void readsEveryKindOfValue() {
        Object value = StrictJson.parse(
                " {\"a\": [1, -2.5e1, true, false, null], \"b\": {\"c\": \"x\\u00e9\\n\\\"\"}} ");

        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat((List<Object>) map.get("a")).containsExactly(1.0, -25.0, true, false, StrictJson.NULL);
        assertThat(((Map<?, ?>) map.get("b")).get("c")).isEqualTo("xé\n\"");
    }

    @Test
    void keepsMemberOrder() {
        Map<?, ?> map = (Map<?, ?>) StrictJson.parse("{\"z\":1,\"a\":2,\"m\":3}");

        assertThat(List.<Object>copyOf(map.keySet())).containsExactly("z", "a", "m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":1,}", "[1,]", "{'a':1}", "01", "1.", "\"\\x\"", "\"a\nb\"", "nul",
        "{\"a\":1} x", "[1 2]", "// comment\n{}", "\"\\u12\""})
    void rejectsWhatIsNotJson(String text) {
        assertThatThrownBy(() -> StrictJson.parse(text)).isInstanceOf(StrictJson.MalformedJsonException.class)
                .hasMessageContaining("at offset");
    }

    @Test
    void capsNestingInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatThrownBy(() -> StrictJson.parse(deep)).isInstanceOf(StrictJson.MalformedJsonException.class)
                .hasMessageContaining("nesting deeper than " + StrictJson.MAX_DEPTH);
    }
}
