package dev.lede.html.internal;

import dev.lede.Article;
import dev.lede.Metadata;
import dev.lede.Section;
import dev.lede.internal.UrlSafety;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a whole HTML5 page around the article fragment: the head's title, description, canonical link, Open
 * Graph tags and schema.org JSON-LD. Every string in the JSON-LD escapes {@code <}, {@code >} and {@code &},
 * so no field can end the script element or open a comment.
 */
public final class DocumentRenderer {
    /**
     * The built-in stylesheet: element selectors only, so that it needs no class name and holds for any prefix;
     * fixed text, so that no article can change it.
     */
    public static final String STYLESHEET = String.join("\n",
            "body{margin:0;padding:1rem;color:#1b1b1b;background:#fff;"
                    + "font:1.125rem/1.6 Georgia,\"Times New Roman\",serif}",
            "article{max-width:42rem;margin:0 auto}",
            "h1,h2,h3,h4,h5,h6{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;"
                    + "line-height:1.25;margin:1.6em 0 .5em}",
            "h1{font-size:2.1rem;margin-top:.4em}",
            "header p{margin:.25em 0;color:#555;font:.95rem/1.5 system-ui,sans-serif}",
            "img{max-width:100%;height:auto}",
            "figure{margin:1.5em 0}",
            "figcaption,caption{font-size:.9rem;color:#555}",
            "blockquote{margin:1.5em 0;padding-left:1em;border-left:3px solid #ccc}",
            "pre{overflow-x:auto;padding:.75em;background:#f4f4f4}",
            "code{font:.9em ui-monospace,Menlo,Consolas,monospace}",
            "table{border-collapse:collapse;margin:1.5em 0}",
            "th,td{border:1px solid #ccc;padding:.4em .6em;text-align:left;vertical-align:top}",
            "caption{caption-side:bottom;padding-top:.4em}",
            "aside{margin:2em 0;padding:.75em 1em;background:#f7f6ef;border-left:3px solid #b59f3b}",
            "hr{border:0;border-top:1px solid #ccc;margin:2em 0}",
            "a{color:#0645ad}");

    private DocumentRenderer() {}

    /** The page for an article. */
    public static String render(Article article, RenderOptions options) {
        Metadata metadata = article.metadata();
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html");
        metadata.language().ifPresent(language -> attribute(out, "lang", language));
        out.append(">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Escaping.text(out, metadata.title());
        out.append("</title>\n");
        Optional<String> canonical =
                metadata.canonicalUrl().map(URI::toString).filter(UrlSafety::isSafeContentUrl);
        Optional<String> image =
                article.hero().map(hero -> hero.image().src()).filter(UrlSafety::isSafeContentUrl);
        metadata.description().ifPresent(description -> meta(out, "name", "description", description));
        canonical.ifPresent(url -> {
            out.append("<link rel=\"canonical\"");
            attribute(out, "href", url);
            out.append(">\n");
        });
        meta(out, "property", "og:type", "article");
        meta(out, "property", "og:title", metadata.title());
        metadata.description().ifPresent(description -> meta(out, "property", "og:description", description));
        canonical.ifPresent(url -> meta(out, "property", "og:url", url));
        image.ifPresent(src -> meta(out, "property", "og:image", src));
        metadata.publisher().ifPresent(publisher -> meta(out, "property", "og:site_name", publisher.name()));
        metadata.published().ifPresent(time -> meta(out, "property", "article:published_time", time.toString()));
        metadata.modified().ifPresent(time -> meta(out, "property", "article:modified_time", time.toString()));
        metadata.authors().forEach(author -> meta(out, "property", "article:author", author.name()));
        metadata.tags().forEach(tag -> meta(out, "property", "article:tag", tag));
        if (options.stylesheet()) {
            out.append("<style>\n").append(STYLESHEET).append("\n</style>\n");
        }
        if (options.jsonLd()) {
            out.append("<script type=\"application/ld+json\">");
            jsonLd(out, article, canonical, image);
            out.append("</script>\n");
        }
        out.append("</head>\n<body>\n");
        new HtmlRenderer(options, out).article(article);
        out.append("\n</body>\n</html>\n");
        return out.toString();
    }

    private static void meta(StringBuilder out, String keyAttribute, String key, String content) {
        out.append("<meta");
        attribute(out, keyAttribute, key);
        attribute(out, "content", content);
        out.append(">\n");
    }

    private static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"");
        Escaping.attribute(out, value);
        out.append('"');
    }

    private static void jsonLd(StringBuilder out, Article article, Optional<String> canonical,
            Optional<String> image) {
        Metadata metadata = article.metadata();
        Json json = new Json(out);
        json.begin();
        json.field("@context", "https://schema.org");
        json.field("@type", "NewsArticle");
        json.field("headline", metadata.title());
        metadata.subtitle().ifPresent(subtitle -> json.field("alternativeHeadline", subtitle));
        metadata.description().ifPresent(description -> json.field("description", description));
        if (!metadata.authors().isEmpty()) {
            json.array("author", metadata.authors(), author -> party(json, "Person", author.name(), author.url()));
        }
        metadata.publisher().ifPresent(publisher -> {
            json.key("publisher");
            party(json, "Organization", publisher.name(), publisher.url());
        });
        metadata.published().map(OffsetDateTime::toString).ifPresent(time -> json.field("datePublished", time));
        metadata.modified().map(OffsetDateTime::toString).ifPresent(time -> json.field("dateModified", time));
        image.ifPresent(src -> json.field("image", src));
        metadata.language().ifPresent(language -> json.field("inLanguage", language));
        if (!metadata.tags().isEmpty()) {
            json.array("keywords", metadata.tags(), json::string);
        }
        List<String> headings = article.sections().stream().map(Section::heading)
                .map(heading -> heading.plainText()).toList();
        if (!headings.isEmpty()) {
            json.array("articleSection", headings, json::string);
        }
        canonical.ifPresent(url -> json.field("mainEntityOfPage", url));
        json.end();
    }

    private static void party(Json json, String type, String name, Optional<URI> url) {
        json.begin();
        json.field("@type", type);
        json.field("name", name);
        url.map(URI::toString).filter(UrlSafety::isSafeContentUrl).ifPresent(href -> json.field("url", href));
        json.end();
    }

    /** A minimal JSON writer for the flat shapes JSON-LD needs here. */
    private static final class Json {
        private final StringBuilder out;
        private boolean first = true;

        Json(StringBuilder out) {
            this.out = out;
        }

        void begin() {
            out.append('{');
            first = true;
        }

        void end() {
            out.append('}');
            first = false;
        }

        void key(String key) {
            if (!first) {
                out.append(',');
            }
            first = false;
            Escaping.jsonString(out, key);
            out.append(':');
        }

        void field(String key, String value) {
            key(key);
            string(value);
        }

        void string(String value) {
            Escaping.jsonString(out, value);
        }

        <T> void array(String key, List<T> values, Consumer<T> element) {
            key(key);
            out.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                element.accept(values.get(i));
            }
            out.append(']');
            first = false;
        }
    }
}
