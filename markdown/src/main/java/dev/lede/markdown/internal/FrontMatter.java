package dev.lede.markdown.internal;

import dev.lede.Article;
import dev.lede.Contributor;
import dev.lede.Figure;
import dev.lede.Image;
import dev.lede.Metadata;
import dev.lede.Publisher;
import dev.lede.internal.UrlSafety;
import dev.lede.markdown.ArticleMarkdownException;
import dev.lede.markdown.MarkdownDiagnostic.Kind;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The metadata and hero as YAML front matter, read and written by Jackson's YAML format. Keys, in the order
 * written: {@code title}, {@code subtitle}, {@code description}, {@code authors}, {@code publisher},
 * {@code published}, {@code modified}, {@code language}, {@code canonical}, {@code tags}, {@code hero}. Every
 * string is written double-quoted, so that no title reads back as a number, a boolean or null.
 */
final class FrontMatter {
    /** The line that opens and closes front matter. */
    static final String FENCE = "---";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();

    private FrontMatter() {}

    /** The front matter of an article, fences included; the hero's caption as Markdown inline text. */
    static String write(Article article, Diagnostics diagnostics) {
        Metadata metadata = article.metadata();
        ObjectNode root = YAML.createObjectNode();
        root.put("title", metadata.title());
        metadata.subtitle().ifPresent(subtitle -> root.put("subtitle", subtitle));
        metadata.description().ifPresent(description -> root.put("description", description));
        if (!metadata.authors().isEmpty()) {
            ArrayNode authors = root.putArray("authors");
            for (Contributor author : metadata.authors()) {
                authors.add(named(author.name(), author.url()));
            }
        }
        metadata.publisher().ifPresent(publisher -> root.set("publisher", named(publisher.name(), publisher.url())));
        metadata.published().ifPresent(published -> root.put("published", published.toString()));
        metadata.modified().ifPresent(modified -> root.put("modified", modified.toString()));
        metadata.language().ifPresent(language -> root.put("language", language));
        metadata.canonicalUrl().ifPresent(url -> root.put("canonical", url.toString()));
        if (!metadata.tags().isEmpty()) {
            ArrayNode tags = root.putArray("tags");
            metadata.tags().forEach(tags::add);
        }
        article.hero().ifPresent(hero -> root.set("hero", hero(hero, diagnostics)));
        return FENCE + "\n" + YAML.writeValueAsString(root) + FENCE + "\n";
    }

    /** A name alone as a string, or with its address as a mapping. */
    private static JsonNode named(String name, Optional<URI> url) {
        if (url.isEmpty()) {
            return YAML.getNodeFactory().stringNode(name);
        }
        ObjectNode named = YAML.createObjectNode();
        named.put("name", name);
        named.put("url", url.get().toString());
        return named;
    }

    private static ObjectNode hero(Figure hero, Diagnostics diagnostics) {
        ObjectNode node = YAML.createObjectNode();
        Image image = hero.image();
        node.put("src", image.src());
        node.put("alt", image.alt());
        hero.caption().ifPresent(caption -> node.put("caption",
                InlineWriter.write(caption, InlineWriter.Place.BLOCK, diagnostics, "hero.caption")));
        hero.credit().ifPresent(credit -> node.put("credit", credit));
        image.width().ifPresent(width -> node.put("width", width));
        image.height().ifPresent(height -> node.put("height", height));
        return node;
    }

    /**
     * Reads front matter (without its fences) into the builder. {@code firstLine} is the 1-based line of the
     * input where the YAML starts; {@code caption} reads the hero's caption as Markdown. Returns whether it
     * gave a title.
     */
    static boolean read(String yaml, int firstLine, Article.Builder article, Diagnostics diagnostics,
            Function<String, dev.lede.RichText> caption) {
        JsonNode root;
        try {
            root = yaml.isBlank() ? YAML.createObjectNode() : YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new ArticleMarkdownException(ArticleMarkdownException.MALFORMED_FRONT_MATTER,
                    "front matter is not YAML: " + e.getOriginalMessage(), line(e.getLocation(), firstLine), e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return false;
        }
        if (!root.isObject()) {
            throw new ArticleMarkdownException(ArticleMarkdownException.MALFORMED_FRONT_MATTER,
                    "front matter is not a mapping of keys to values", firstLine, null);
        }
        Values values = new Values(firstLine);
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            switch (key) {
                case "title":
                    article.title(values.text(key, value));
                    break;
                case "subtitle":
                    article.subtitle(values.text(key, value));
                    break;
                case "description":
                    article.description(values.text(key, value));
                    break;
                case "authors":
                    for (JsonNode author : values.list(key, value)) {
                        article.author(values.named(key, author, Contributor::new));
                    }
                    break;
                case "publisher":
                    article.publisher(values.named(key, value, Publisher::new));
                    break;
                case "published":
                    article.published(values.date(key, value));
                    break;
                case "modified":
                    article.modified(values.date(key, value));
                    break;
                case "language":
                    article.language(values.text(key, value));
                    break;
                case "canonical":
                    article.canonicalUrl(values.uri(key, value));
                    break;
                case "tags":
                    for (JsonNode tag : values.list(key, value)) {
                        article.tags(values.text(key, tag));
                    }
                    break;
                case "hero":
                    article.hero(values.hero(value, caption));
                    break;
                default:
                    diagnostics.add(Kind.UNKNOWN_KEY, "line " + firstLine,
                            "front matter key \"" + key + "\", left out");
            }
        }
        return root.has("title");
    }

    private static long line(TokenStreamLocation location, int firstLine) {
        return location == null || location.getLineNr() < 1 ? firstLine : firstLine + location.getLineNr() - 1;
    }

    /** Reads values of the expected shapes, naming the key of one that is not. */
    private static final class Values {
        private final int firstLine;

        Values(int firstLine) {
            this.firstLine = firstLine;
        }

        String text(String key, JsonNode value) {
            if (!value.isString()) {
                throw invalid(key, "expected text, found " + value.getNodeType().name().toLowerCase(), null);
            }
            return value.stringValue();
        }

        List<JsonNode> list(String key, JsonNode value) {
            if (!value.isArray()) {
                throw invalid(key, "expected a list", null);
            }
            List<JsonNode> items = new ArrayList<>(value.size());
            value.values().forEach(items::add);
            return items;
        }

        <T> T named(String key, JsonNode value, java.util.function.BiFunction<String, Optional<URI>, T> make) {
            if (value.isObject()) {
                for (String name : value.propertyNames()) {
                    if (!name.equals("name") && !name.equals("url")) {
                        throw invalid(key, "unknown key \"" + name + "\" (expected name and url)", null);
                    }
                }
                JsonNode url = value.get("url");
                return make.apply(text(key + ".name", value.path("name")),
                        url == null ? Optional.empty() : Optional.of(uri(key + ".url", url)));
            }
            return make.apply(text(key, value), Optional.empty());
        }

        OffsetDateTime date(String key, JsonNode value) {
            String text = text(key, value);
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(key, "not an ISO 8601 date and time with an offset: \"" + text + "\"", e);
            }
        }

        /** A metadata address: a URI, absolute http or https as the validator requires of them. */
        URI uri(String key, JsonNode value) {
            String text = text(key, value);
            URI uri;
            try {
                uri = new URI(text);
            } catch (java.net.URISyntaxException e) {
                throw invalid(key, "not a URI: \"" + text + "\"", e);
            }
            if (!UrlSafety.isWebUrl(text)) {
                throw invalid(key, "not an absolute http or https address: \"" + text + "\"", null);
            }
            return uri;
        }

        int size(String key, JsonNode value) {
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
                throw invalid(key, "expected a positive whole number", null);
            }
            return value.intValue();
        }

        Figure hero(JsonNode value, Function<String, dev.lede.RichText> caption) {
            if (!value.isObject()) {
                throw invalid("hero", "expected a mapping", null);
            }
            String src = "";
            String alt = "";
            Optional<dev.lede.RichText> text = Optional.empty();
            Optional<String> credit = Optional.empty();
            OptionalInt width = OptionalInt.empty();
            OptionalInt height = OptionalInt.empty();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                String key = "hero." + entry.getKey();
                switch (entry.getKey()) {
                    case "src":
                        src = text(key, entry.getValue());
                        if (!UrlSafety.isSafeContentUrl(src)) {
                            throw invalid(key, "an unsafe scheme: \"" + src + "\"", null);
                        }
                        break;
                    case "alt":
                        alt = text(key, entry.getValue());
                        break;
                    case "caption":
                        text = Optional.of(caption.apply(text(key, entry.getValue())));
                        break;
                    case "credit":
                        credit = Optional.of(text(key, entry.getValue()));
                        break;
                    case "width":
                        width = OptionalInt.of(size(key, entry.getValue()));
                        break;
                    case "height":
                        height = OptionalInt.of(size(key, entry.getValue()));
                        break;
                    default:
                        throw invalid("hero", "unknown key \"" + entry.getKey() + "\"", null);
                }
            }
            return new Figure(new Image(src, alt, width, height), text, credit);
        }

        private ArticleMarkdownException invalid(String key, String problem, Throwable cause) {
            return new ArticleMarkdownException(ArticleMarkdownException.INVALID_VALUE,
                    "front matter " + key + ": " + problem, firstLine, cause);
        }
    }
}
