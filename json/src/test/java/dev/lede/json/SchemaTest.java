package dev.lede.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lede.Article;
import dev.lede.testing.SeedArticle;
import dev.lede.testing.ArticleGenerator;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema agrees with the codec: what the codec writes is valid, and documents the reader
 * rejects for their structure are invalid.
 */
class SchemaTest {
    /** Bad-input cases that JSON Schema cannot see: not one JSON value, key order or duplicates, URI syntax. */
    private static final Set<String> BEYOND_SCHEMA = Set.of("malformed JSON", "truncated JSON", "empty input",
            "a second document", "trailing garbage", "duplicate key", "duplicate block type", "duplicate format",
            "format not first", "bad URI");

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = ArticleJson.class.getResourceAsStream(ArticleJson.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource %s", ArticleJson.SCHEMA_RESOURCE).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> violations(String json) {
        try {
            return SCHEMA.validate(JACKSON2.readTree(json)).stream().map(ValidationMessage::getMessage)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The hand-built samples, pretty and compact, and the first generated articles of the round-trip test's
     * sequence (pretty output is the same JSON value as compact, so the generated ones are checked compact).
     */
    @Test
    void everyDocumentTheCodecWritesIsValid() {
        ArticleJson pretty = ArticleJson.builder().pretty(true).build();
        for (Article article : new Article[] {Samples.everything(), SeedArticle.article()}) {
            assertThat(violations(pretty.write(article))).isEmpty();
            assertThat(violations(ArticleJson.standard().write(article))).isEmpty();
        }
        ArticleGenerator generator = ArticleGenerator.of(RoundTripTest.SEED);
        for (int i = 0; i < 400; i++) {
            String text = ArticleJson.standard().write(generator.next());
            assertThat(violations(text)).as(text).isEmpty();
        }
    }

    @Test
    void rejectsWhatTheSchemaCanSee() {
        String json = "{\"format\":\"lede/1\",\"metadata\":{\"title\":\"T\"},\"lead\":[{\"type\":\"list\",\"start\":2}]}";
        assertThat(violations(json)).isNotEmpty();
        assertThat(violations(json.replace("\"start\":2", "\"ordered\":true,\"start\":2"))).isEmpty();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> structuralBadDocuments() {
        return BadInputTest.badDocuments().filter(args -> !BEYOND_SCHEMA.contains((String) args.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralBadDocuments")
    void documentsTheReaderRejectsForTheirStructureAreInvalid(String name, String json) {
        assertThat(violations(json)).as(name).isNotEmpty();
    }

    @Test
    void theCasesBeyondTheSchemaAreRealCases() {
        Set<String> names = BadInputTest.badDocuments().map(args -> (String) args.get()[0])
                .collect(Collectors.toSet());
        assertThat(names).containsAll(BEYOND_SCHEMA);
    }
}
