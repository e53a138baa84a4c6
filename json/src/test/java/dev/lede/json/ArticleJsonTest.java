package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec's shape of the format; validation is off so that edge cases the validator rejects can be written. */
class ArticleJsonTest {
    private final ArticleJson compact = ArticleJson.builder().validate(false).build();
    private final ArticleJson pretty = ArticleJson.builder().validate(false).pretty(true).build();

    @Test
    void everyKindOfValueSurvivesCompactAndPretty() {
        Article article = Samples.everything();
        for (ArticleJson json : List.of(compact, pretty)) {
            String text = json.write(article);
            assertThat(json.read(text)).isEqualTo(article);
            assertThat(json.write(json.read(text))).isEqualTo(text);
        }
    }

    @Test
    void compactAndPrettyAreTheSameDocument() {
        Article article = Samples.everything();
        String text = pretty.write(article);
        assertThat(text).contains("\n  \"metadata\": {\n").doesNotContain("\r").doesNotContain(" : ");
        assertThat(compact.write(compact.read(text))).isEqualTo(compact.write(article)).doesNotContain("\n");
    }

    @Test
    void formatComesFirstAndPlainTextIsAString() {
        String text = ArticleJson.standard().write(Article.builder().title("T").lead("Hello").build());
        assertThat(text).isEqualTo("{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},"
                + "\"lead\":[{\"type\":\"paragraph\",\"text\":\"Hello\"}]}");
    }

    @Test
    void defaultsAndEmptyListsAreLeftOutButAcceptedWhenPresent() {
        String explicit = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\",\"authors\":[],\"tags\":[]},"
                + "\"lead\":[{\"type\":\"list\",\"ordered\":false,\"start\":1,\"items\":[{\"blocks\":[]}]},"
                + "{\"type\":\"table\",\"head\":[],\"body\":[[{\"text\":[\"a\",\"b\"],\"header\":false,"
                + "\"colspan\":1,\"rowspan\":1}]]}],\"sections\":[],\"notes\":[]}";
        String canonical = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},"
                + "\"lead\":[{\"type\":\"list\",\"items\":[{}]},{\"type\":\"table\",\"body\":[[{\"text\":\"ab\"}]]}]}";
        assertThat(compact.write(compact.read(explicit))).isEqualTo(canonical);
    }

    @Test
    void propertiesMayComeInAnyOrderAfterFormat() {
        String json = "{\"format\":\"lede/1\",\"lead\":[{\"text\":[{\"text\":\"x\",\"href\":\"/a\",\"type\":\"link\"}],"
                + "\"type\":\"paragraph\"}],\"metadata\":{\"title\":\"T\"}}";
        assertThat(compact.write(compact.read(json))).isEqualTo("{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},"
                + "\"lead\":[{\"type\":\"paragraph\",\"text\":[{\"type\":\"link\",\"href\":\"/a\",\"text\":\"x\"}]}]}");
    }

    @Test
    void datesKeepTheirOffsetAndSeconds() {
        String json = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\",\"published\":\"2025-08-15T09:30+05:30\","
                + "\"modified\":\"2025-08-15T04:00:00.000000001Z\"}}";
        Article article = compact.read(json);
        assertThat(article.metadata().published().orElseThrow().getOffset().getTotalSeconds()).isEqualTo(19800);
        assertThat(compact.write(article)).contains("\"published\":\"2025-08-15T09:30:00+05:30\"",
                "\"modified\":\"2025-08-15T04:00:00.000000001Z\"");
    }

    @Test
    void everyInputKindReadsTheSameArticle() {
        Article article = Samples.everything();
        String text = compact.write(article);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(compact.read(bytes)).isEqualTo(article);
        assertThat(compact.read(new ByteArrayInputStream(bytes))).isEqualTo(article);
        assertThat(compact.read(new StringReader(text))).isEqualTo(article);
    }

    @Test
    void everyOutputKindWritesTheSameDocument() {
        Article article = Samples.everything();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pretty.write(article, bytes);
        StringWriter chars = new StringWriter();
        pretty.write(article, chars);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars.toString()).isEqualTo(pretty.write(article));
    }

    @Test
    void loneSurrogatesAreEscapedInUtf8Output() {
        Article article = Article.builder().title("a\uD800b\uDC00c").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        compact.write(article, out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).contains("\"a\\uD800b\\uDC00c\"");
        assertThat(compact.read(out.toByteArray())).isEqualTo(article);
        assertThat(compact.read(compact.write(article))).isEqualTo(article);
    }

    @Test
    void streamsAreLeftOpen() {
        List<String> closed = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.add("out");
            }
        };
        compact.write(Samples.everything(), out);
        InputStream in = new ByteArrayInputStream(out.toByteArray()) {
            @Override
            public void close() {
                closed.add("in");
            }
        };
        compact.read(in);
        assertThat(closed).isEmpty();
    }

    @Test
    void rebuildKeepsOptions() {
        ArticleJson variant = pretty.rebuild().maxDepth(64).build();
        assertThat(variant.write(Samples.everything())).isEqualTo(pretty.write(Samples.everything()));
    }

    @Test
    void builderRejectsImpossibleLimits() {
        assertThatThrownBy(() -> ArticleJson.builder().maxDepth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDepth");
        assertThatThrownBy(() -> ArticleJson.builder().maxDocumentLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDocumentLength");
        assertThatThrownBy(() -> ArticleJson.builder().maxStringLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxStringLength");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> compact.read((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("json must not be null");
        assertThatThrownBy(() -> compact.write(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("article must not be null");
    }
}
