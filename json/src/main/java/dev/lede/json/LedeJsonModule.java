package dev.lede.json;

import dev.lede.Article;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Registers the {@code lede/1} format for {@link Article} on a user's own Jackson 3 {@code JsonMapper}:
 * {@code JsonMapper.builder().addModule(new LedeJsonModule()).build()}, or found by
 * {@code findAndAddModules()} through {@code META-INF/services}.
 *
 * <p>Articles are written in the canonical form and read with the same strict reader as {@link ArticleJson}
 * (unknown, duplicate and missing properties, wrong types and {@code null} are {@link ArticleJsonException}s),
 * with the options of the codec given to the constructor, validation on read included. Output formatting (indentation) and the stream
 * limits (document size, nesting, string length) are the mapper's own. Only {@code Article} is bound; its
 * parts are not.
 *
 * <p>Immutable and thread-safe.
 */
public final class LedeJsonModule extends JacksonModule {
    private static final Version VERSION = loadVersion();

    private final ArticleJson codec;

    /** The build's version, filtered into a resource so that it cannot drift from the pom. */
    private static Version loadVersion() {
        Properties properties = new Properties();
        try (InputStream in = LedeJsonModule.class.getResourceAsStream("internal/lede-json.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            return Version.unknownVersion();
        }
        return VersionUtil.parseVersion(properties.getProperty("version"), "dev.lede", "lede-json");
    }

    /** A module reading with the options of {@link ArticleJson#standard()}. */
    public LedeJsonModule() {
        this(ArticleJson.standard());
    }

    /**
     * A module reading with the options of the given codec, such as lenient unknown properties.
     *
     * @param codec the codec whose options to use; not null
     */
    public LedeJsonModule(ArticleJson codec) {
        this.codec = Objects.requireNonNull(codec, "codec must not be null");
    }

    /**
     * @return {@code "lede-json"}
     */
    @Override
    public String getModuleName() {
        return "lede-json";
    }

    /**
     * @return the version of this library, or Jackson's unknown version if the jar lost its version resource
     */
    @Override
    public Version version() {
        return VERSION;
    }

    /**
     * The id Jackson uses to register the module once per mapper, whatever the codec options.
     *
     * @return the module's class name
     */
    @Override
    public Object getRegistrationId() {
        return LedeJsonModule.class.getName();
    }

    /**
     * Adds the serializer and deserializer for {@link Article}.
     *
     * @param context the mapper's setup context; not null
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Article.class, new ArticleSerializer(codec));
        context.addSerializers(serializers);
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Article.class, new ArticleDeserializer(codec));
        context.addDeserializers(deserializers);
    }

    private static final class ArticleSerializer extends ValueSerializer<Article> {
        private final ArticleJson codec;

        ArticleSerializer(ArticleJson codec) {
            this.codec = codec;
        }

        @Override
        public void serialize(Article article, JsonGenerator generator, SerializationContext context) {
            codec.writeTo(article, generator);
        }
    }

    private static final class ArticleDeserializer extends ValueDeserializer<Article> {
        private final ArticleJson codec;

        ArticleDeserializer(ArticleJson codec) {
            this.codec = codec;
        }

        @Override
        public Article deserialize(JsonParser parser, DeserializationContext context) {
            return codec.readFrom(parser);
        }
    }
}
