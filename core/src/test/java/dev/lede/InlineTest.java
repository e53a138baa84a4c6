package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InlineTest {

    @Test
    void factoriesWrapPlainText() {
        assertThat(Inline.Emphasis.of("x").content()).isEqualTo(RichText.of("x"));
        assertThat(Inline.Strong.of("x").content()).isEqualTo(RichText.of("x"));
        assertThat(Inline.Link.of("https://example.org/", "x"))
                .isEqualTo(new Inline.Link("https://example.org/", Optional.empty(), RichText.of("x")));
    }

    @Test
    void linkTargetIsKeptAsWritten() {
        for (String href : List.of("javascript:alert(1)", "http://exa mple.org/", "/relative?q=1#f", "")) {
            assertThat(Inline.Link.of(href, "x").href()).isEqualTo(href);
        }
    }

    @Test
    void textAndCodeKeepWhitespace() {
        assertThat(new Inline.Text("  a \t b\n").text()).isEqualTo("  a \t b\n");
        assertThat(new Inline.Code(" if (a) { } ").code()).isEqualTo(" if (a) { } ");
    }

    @Test
    void lineBreaksAreAllEqual() {
        assertThat(new Inline.LineBreak()).isEqualTo(new Inline.LineBreak())
                .hasSameHashCodeAs(new Inline.LineBreak());
    }

    @Test
    void samplesCoverEveryInlineKind() {
        assertThat(Samples.everyInline()).extracting(Object::getClass)
                .containsExactlyInAnyOrder(Inline.class.getPermittedSubclasses());
    }

    @Test
    void visitorCallsTheMethodForEachKind() {
        Map<String, Class<?>> visited = new HashMap<>();
        Inline.Visitor<String> visitor = new Inline.Visitor<>() {
            @Override
            public String visitText(Inline.Text text) {
                return record("text", text);
            }

            @Override
            public String visitEmphasis(Inline.Emphasis emphasis) {
                return record("emphasis", emphasis);
            }

            @Override
            public String visitStrong(Inline.Strong strong) {
                return record("strong", strong);
            }

            @Override
            public String visitCode(Inline.Code code) {
                return record("code", code);
            }

            @Override
            public String visitLink(Inline.Link link) {
                return record("link", link);
            }

            @Override
            public String visitLineBreak(Inline.LineBreak lineBreak) {
                return record("lineBreak", lineBreak);
            }

            private String record(String method, Inline inline) {
                assertThat(visited.put(method, inline.getClass())).as("%s visited twice", method).isNull();
                return method;
            }
        };

        List<String> results = Samples.everyInline().stream().map(inline -> inline.accept(visitor)).toList();

        assertThat(results).containsExactly("text", "emphasis", "strong", "code", "link", "lineBreak");
        assertThat(visited).containsOnly(
                Map.entry("text", Inline.Text.class),
                Map.entry("emphasis", Inline.Emphasis.class),
                Map.entry("strong", Inline.Strong.class),
                Map.entry("code", Inline.Code.class),
                Map.entry("link", Inline.Link.class),
                Map.entry("lineBreak", Inline.LineBreak.class));
    }
}
