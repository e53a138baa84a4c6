package dev.lede.html.internal.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org JSON-LD of a page: every {@code script[type=application/ld+json]} parsed, {@code @graph}s
 * and top-level arrays flattened into one list of nodes, {@code @id}s indexed so references resolve. Blocks
 * that do not parse are remembered, not thrown. Immutable after construction; confined to one import.
 */
final class JsonLd {
    static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SatiricalArticle");

    /** How many objects a text value may lead through; references can form cycles. */
    private static final int MAX_REFERENCE_DEPTH = 8;

    private static final Pattern LD_JSON = Pattern.compile("(?i)\\s*application/ld\\+json\\s*");

    private final List<Map<String, Object>> nodes = new ArrayList<>();
    private final Map<String, Map<String, Object>> byId = new HashMap<>();
    private final List<String> errors = new ArrayList<>();

    /** The page's JSON-LD blocks, in page order. */
    JsonLd(Document document) {
        this(document.getElementsByTag("script").stream().filter(JsonLd::isBlock).toList());
    }

    /** The given blocks, each one that {@link #isBlock} accepts, in page order. */
    JsonLd(List<Element> blocks) {
        int index = 0;
        for (Element script : blocks) {
            index++;
            try {
                collect(StrictJson.parse(unwrap(script.data())), 0);
            } catch (StrictJson.MalformedJsonException e) {
                errors.add("JSON-LD block " + index + " is not JSON (" + e.getMessage() + "); ignored");
            }
        }
    }

    /** Whether the element is a JSON-LD block: a script of type {@code application/ld+json}. */
    static boolean isBlock(Element element) {
        return element.nameIs("script") && LD_JSON.matcher(element.attr("type")).matches();
    }

    /** Removes what pages wrap their JSON in: HTML comment markers, CDATA sections, a trailing semicolon. */
    static String unwrap(String data) {
        String text = data.strip();
        text = stripAround(text, "<!--", "-->");
        text = stripAround(text, "//<![CDATA[", "//]]>");
        text = stripAround(text, "<![CDATA[", "]]>");
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    private static String stripAround(String text, String open, String close) {
        if (text.startsWith(open) && text.endsWith(close) && text.length() >= open.length() + close.length()) {
            return text.substring(open.length(), text.length() - close.length()).strip();
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private void collect(Object value, int depth) {
        if (depth > StrictJson.MAX_DEPTH) {
            return;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                collect(item, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> node = (Map<String, Object>) map;
            nodes.add(node);
            if (node.get("@id") instanceof String id) {
                byId.putIfAbsent(id, node);
            }
            collect(node.get("@graph"), depth + 1);
        }
    }

    List<String> errors() {
        return errors;
    }

    /** The first node typed as an article, or a WebPage's main entity when that is one. */
    Optional<Map<String, Object>> article() {
        for (Map<String, Object> node : nodes) {
            if (hasType(node, ARTICLE_TYPES)) {
                return Optional.of(node);
            }
        }
        for (Map<String, Object> node : nodes) {
            Optional<Map<String, Object>> entity = object(node.get("mainEntity"));
            if (entity.isPresent() && hasType(entity.get(), ARTICLE_TYPES)) {
                return entity;
            }
        }
        return Optional.empty();
    }

    /** The first node of one of the types, such as the WebSite or Organization of a graph. */
    Optional<Map<String, Object>> first(Set<String> types) {
        return nodes.stream().filter(node -> hasType(node, types)).findFirst();
    }

    /** Every node of one of the types, such as each Organization a page describes. */
    List<Map<String, Object>> all(Set<String> types) {
        return nodes.stream().filter(node -> hasType(node, types)).toList();
    }

    static boolean hasType(Map<String, Object> node, Set<String> types) {
        Object type = node.get("@type");
        if (type instanceof String name) {
            return types.contains(stripVocabulary(name));
        }
        if (type instanceof List<?> names) {
            return names.stream().anyMatch(n -> n instanceof String s && types.contains(stripVocabulary(s)));
        }
        return false;
    }

    private static String stripVocabulary(String type) {
        int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(slash + 1);
    }

    /** An object value, following an {@code @id} reference to the node it names; the first of an array. */
    @SuppressWarnings("unchecked")
    Optional<Map<String, Object>> object(Object value) {
        Object single = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
        if (!(single instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Map<String, Object> node = (Map<String, Object>) map;
        if (node.get("@id") instanceof String id && byId.containsKey(id) && byId.get(id) != node) {
            Map<String, Object> target = byId.get(id);
            return Optional.of(target.size() >= node.size() ? target : node);
        }
        return Optional.of(node);
    }

    /** Every object of a value that may be one object, an array, or references. */
    List<Map<String, Object>> objects(Object value) {
        List<Map<String, Object>> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                object(item).ifPresent(result::add);
            }
        } else {
            object(value).ifPresent(result::add);
        }
        return result;
    }

    /**
     * A text value: a string, the first string of an array, or an object's {@code @value} or name; with HTML
     * character references decoded, as pages often write them into JSON-LD.
     */
    Optional<String> text(Object value) {
        return text(value, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Each node is entered once per value: references may lead back to a node already being read, and walking
     * it again at each level made a list of self-references cost its length to the power of the depth.
     */
    private Optional<String> text(Object value, int depth, Set<Map<String, Object>> entered) {
        if (value instanceof String s) {
            return nonBlank(Text.decode(s));
        }
        if (depth > MAX_REFERENCE_DEPTH) {
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Optional<String> text = text(item, depth + 1, entered);
                if (text.isPresent()) {
                    return text;
                }
            }
            return Optional.empty();
        }
        return object(value).filter(entered::add)
                .flatMap(node -> text(node.getOrDefault("@value", node.get("name")), depth + 1, entered));
    }

    /** A URL value: a string, or an object's {@code url} or {@code @id}; character references decoded. */
    Optional<String> url(Object value) {
        if (value instanceof String s) {
            return nonBlank(Text.decode(s));
        }
        return object(value).flatMap(node -> node.get("url") instanceof String url
                ? nonBlank(Text.decode(url))
                : text(node.get("@id")));
    }

    private static Optional<String> nonBlank(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }
}
