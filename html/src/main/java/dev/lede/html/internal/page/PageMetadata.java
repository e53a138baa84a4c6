package dev.lede.html.internal.page;

import dev.lede.Contributor;
import dev.lede.Metadata;
import dev.lede.Publisher;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The metadata of a web page, each field taken from the most trusted source that has it: schema.org JSON-LD
 * first, then Open Graph, Twitter and Dublin Core meta tags, then plain HTML ({@code <title>} without the
 * site name, {@code <html lang>}, bylines, {@code <time>}). Where a less trusted source disagrees with the
 * chosen value, a {@link Reason#METADATA} diagnostic says so. Immutable and thread-safe.
 *
 * @param title the headline, if any source has one
 * @param description the summary
 * @param authors the authors, in page order
 * @param publisher the publisher or site
 * @param published when the article was published
 * @param modified when it was last changed
 * @param language a well-formed BCP 47 tag
 * @param canonicalUrl the canonical http(s) address
 * @param tags keywords, without duplicates
 * @param image the page's share image (og:image and the like), resolved, for a hero when the article has none
 * @param imageAlt the share image's text alternative
 * @param sources for each field name that has a value, where the value came from (such as "json-ld")
 * @param diagnostics unreadable JSON-LD and disagreeing sources
 */
record PageMetadata(Optional<String> title, Optional<String> description, List<Contributor> authors,
        Optional<Publisher> publisher, Optional<OffsetDateTime> published, Optional<OffsetDateTime> modified,
        Optional<String> language, Optional<URI> canonicalUrl, List<String> tags, Optional<String> image,
        Optional<String> imageAlt, Map<String, String> sources, List<PageDiagnostic> diagnostics) {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+|\\s+::\\s+");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s+(?:and|&|und|et|y)\\s+|\\s*,\\s*");
    // Queries are parsed once: jsoup parses a query string on every call.
    private static final Evaluator BYLINE = QueryParser.parse("[rel=author], [itemprop=author] [itemprop=name], "
            + "[itemprop=author]:not(:has([itemprop=name])), .author-name, .byline__name, "
            + ".byline, .author, .post-author, .entry-author"); // class selectors ignore case
    private static final Evaluator PUBLISHED_TIME = QueryParser.parse("time[itemprop=datePublished], "
            + "time[pubdate], time.published, time.entry-date, time[datetime]");
    private static final Evaluator MODIFIED_TIME = QueryParser.parse("time[itemprop=dateModified], time.updated");
    private static final Evaluator TAG_LINK = QueryParser.parse("a[rel~=(?i)^tag$]");
    private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel~=(?i)^canonical$]");
    private static final Evaluator CONTENT_LANGUAGE = QueryParser.parse("meta[http-equiv~=(?i)^content-language$]");
    private static final Evaluator TITLE = QueryParser.parse("head > title, title");

    PageMetadata {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        sources = Map.copyOf(sources);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Reads the metadata of a parsed page.
     *
     * @param document the page
     * @param pageUrl the page's address, against which relative URLs resolve
     */
    static PageMetadata extract(Document document, URI pageUrl) {
        return new Extractor(document, pageUrl).extract();
    }

    /**
     * This metadata with the article's own heading as the title when no source named one, or when the title
     * came from {@code <title>} and holds the heading among other words (a section name, a slogan).
     *
     * @param heading the text of the article's {@code h1}, when content detection found one
     */
    PageMetadata withHeading(Optional<String> heading) {
        if (heading.isEmpty() || heading.get().isEmpty()) {
            return this;
        }
        boolean fromTitleElement = "title".equals(sources.get("title"));
        if (title.isPresent() && !(fromTitleElement && title.get().contains(heading.get()))) {
            return this;
        }
        Map<String, String> newSources = new LinkedHashMap<>(sources);
        newSources.put("title", "h1");
        return new PageMetadata(heading, description, authors, publisher, published, modified, language,
                canonicalUrl, tags, image, imageAlt, newSources, diagnostics);
    }

    /**
     * The model's metadata: this page's fields, with the title falling back to the given one.
     *
     * @param fallbackTitle the title when no source had one, such as the content's heading
     */
    Metadata toMetadata(String fallbackTitle) {
        return new Metadata(title.orElse(fallbackTitle), Optional.empty(), description, authors, publisher,
                published, modified, language, canonicalUrl, tags);
    }

    /** Collects the candidates of one field in trust order and picks the first. */
    private static final class Pick<T> {
        private final String field;
        private final Function<T, Object> key;
        private final Map<String, T> candidates = new LinkedHashMap<>();

        Pick(String field) {
            this(field, value -> value);
        }

        /** A pick whose candidates agree when their keys are equal, such as authors by name. */
        Pick(String field, Function<T, Object> key) {
            this.field = field;
            this.key = key;
        }

        Pick<T> add(String source, Optional<T> value) {
            value.ifPresent(v -> candidates.putIfAbsent(source, v));
            return this;
        }

        Optional<T> choose(Map<String, String> sources, List<PageDiagnostic> diagnostics) {
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            Map.Entry<String, T> chosen = candidates.entrySet().iterator().next();
            sources.put(field, chosen.getKey());
            Set<String> reported = new LinkedHashSet<>();
            for (Map.Entry<String, T> other : candidates.entrySet()) {
                if (!agree(chosen.getValue(), other.getValue()) && reported.add(String.valueOf(other.getValue()))) {
                    diagnostics.add(new PageDiagnostic(Reason.METADATA, "", 0, field + ": used " + chosen.getKey()
                            + " \"" + chosen.getValue() + "\"; " + other.getKey() + " says \"" + other.getValue()
                            + "\""));
                }
            }
            return Optional.of(chosen.getValue());
        }

        /** Equal keys agree, and so do texts of which one holds the other (a title and its longer form). */
        private boolean agree(T chosen, T other) {
            Object a = key.apply(chosen);
            Object b = key.apply(other);
            return a.equals(b) || (a instanceof String x && b instanceof String y && (x.contains(y) || y.contains(x)));
        }
    }

    private static final class Extractor {
        private final Document document;
        private final URI pageUrl;
        private final JsonLd jsonLd;
        private final Optional<Map<String, Object>> article;
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final List<PageDiagnostic> diagnostics = new ArrayList<>();
        /** The content of each meta tag with content, by its property, name or itemprop, lower-cased. */
        private final Map<String, List<String>> metas = new HashMap<>();
        /** Chrome signals of the elements around bylines and dates: many candidates share ancestors. */
        private final Map<Element, Optional<Reason>> chromeOf = new IdentityHashMap<>();

        Extractor(Document document, URI pageUrl) {
            this.document = document;
            this.pageUrl = pageUrl;
            this.jsonLd = new JsonLd(document);
            this.article = jsonLd.article();
            for (Element meta : document.getElementsByTag("meta")) {
                String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
                if (key.isEmpty()) {
                    key = meta.attr("itemprop");
                }
                String value = Text.clean(meta.attr("content"));
                if (!key.isEmpty() && !value.isEmpty()) {
                    metas.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
                }
            }
            for (String error : jsonLd.errors()) {
                diagnostics.add(new PageDiagnostic(Reason.METADATA, "head > script[type=application/ld+json]", 0,
                        error));
            }
        }

        PageMetadata extract() {
            Optional<String> siteName = new Pick<String>("publisher")
                    .add("json-ld", ld("publisher").flatMap(jsonLd::object).flatMap(p -> jsonLd.text(p.get("name"))))
                    .add("og:site_name", meta("og:site_name"))
                    .add("json-ld WebSite", jsonLd.first(Set.of("WebSite")).flatMap(w -> jsonLd.text(w.get("name"))))
                    .add("application-name", meta("application-name"))
                    .add("dc.publisher", dublinCore("publisher"))
                    .choose(sources, diagnostics);
            Optional<Publisher> publisher = siteName.map(name -> new Publisher(name,
                    ld("publisher").flatMap(jsonLd::object).flatMap(p -> jsonLd.url(p.get("url")))
                            .flatMap(this::httpUri)));

            Optional<String> title = new Pick<String>("title")
                    .add("json-ld", ld("headline").or(() -> ld("name")).flatMap(jsonLd::text).map(Text::clean))
                    .add("og:title", meta("og:title"))
                    .add("twitter:title", meta("twitter:title"))
                    .add("dc.title", dublinCore("title"))
                    .add("title", htmlTitle(siteName))
                    .choose(sources, diagnostics);

            Optional<String> description = new Pick<String>("description")
                    .add("json-ld", ld("description").flatMap(jsonLd::text).map(Text::clean))
                    .add("og:description", meta("og:description"))
                    .add("twitter:description", meta("twitter:description"))
                    .add("dc.description", dublinCore("description"))
                    .add("description", meta("description"))
                    .choose(sources, diagnostics);

            List<Contributor> authors = new Pick<List<Contributor>>("authors",
                    list -> list.stream().map(Contributor::name).toList())
                    .add("json-ld", nonEmpty(ldAuthors()))
                    .add("author", nonEmpty(names(metas("author"))))
                    .add("article:author", nonEmpty(names(metas("article:author"))))
                    .add("dc.creator", nonEmpty(names(dublinCores("creator"))))
                    .add("byline", nonEmpty(bylines()))
                    .choose(sources, diagnostics)
                    .orElse(List.of());

            Optional<OffsetDateTime> published = new Pick<OffsetDateTime>("published")
                    .add("json-ld", ld("datePublished").flatMap(jsonLd::text).flatMap(Dates::parse))
                    .add("article:published_time", meta("article:published_time").flatMap(Dates::parse))
                    .add("dc.date", dublinCore("date").or(() -> dublinCore("created")).flatMap(Dates::parse))
                    .add("microdata", meta("datePublished").flatMap(Dates::parse))
                    .add("date", meta("date").or(() -> meta("pubdate")).or(() -> meta("publish-date"))
                            .flatMap(Dates::parse))
                    .add("time", time(PUBLISHED_TIME))
                    .choose(sources, diagnostics);

            Optional<OffsetDateTime> modified = new Pick<OffsetDateTime>("modified")
                    .add("json-ld", ld("dateModified").flatMap(jsonLd::text).flatMap(Dates::parse))
                    .add("article:modified_time", meta("article:modified_time").flatMap(Dates::parse))
                    .add("og:updated_time", meta("og:updated_time").flatMap(Dates::parse))
                    .add("microdata", meta("dateModified").flatMap(Dates::parse))
                    .add("dc.modified", dublinCore("modified").flatMap(Dates::parse))
                    .add("time", time(MODIFIED_TIME))
                    .choose(sources, diagnostics);

            Optional<String> language = new Pick<String>("language")
                    .add("json-ld", ld("inLanguage").flatMap(jsonLd::text).flatMap(PageMetadata::languageTag))
                    .add("html lang", languageTag(document.selectFirst("html") == null ? ""
                            : document.selectFirst("html").attr("lang")))
                    .add("content-language", attr(CONTENT_LANGUAGE, "content").flatMap(PageMetadata::languageTag))
                    .add("og:locale", meta("og:locale").flatMap(PageMetadata::languageTag))
                    .add("dc.language", dublinCore("language").flatMap(PageMetadata::languageTag))
                    .choose(sources, diagnostics);

            Optional<URI> canonical = new Pick<URI>("canonicalUrl")
                    .add("json-ld", ld("mainEntityOfPage").flatMap(jsonLd::url).or(() -> ld("url")
                            .flatMap(jsonLd::url)).flatMap(this::httpUri))
                    .add("link rel=canonical", attr(CANONICAL_LINK, "href").flatMap(this::httpUri))
                    .add("og:url", meta("og:url").flatMap(this::httpUri))
                    .choose(sources, diagnostics);

            List<String> tags = new Pick<List<String>>("tags")
                    .add("json-ld", nonEmpty(keywords(ld("keywords"))))
                    .add("article:tag", nonEmpty(distinct(metas("article:tag"))))
                    .add("keywords", nonEmpty(splitKeywords(meta("keywords").orElse(""))))
                    .add("rel=tag", nonEmpty(distinct(document.select(TAG_LINK).eachText())))
                    .choose(sources, diagnostics)
                    .orElse(List.of());

            Optional<String> image = new Pick<String>("image")
                    .add("json-ld", ld("image").flatMap(jsonLd::url).flatMap(this::httpUrl))
                    .add("og:image", meta("og:image").or(() -> meta("og:image:url"))
                            .or(() -> meta("og:image:secure_url"))
                            .flatMap(this::httpUrl))
                    .add("twitter:image", meta("twitter:image").or(() -> meta("twitter:image:src"))
                            .flatMap(this::httpUrl))
                    .choose(new LinkedHashMap<>(), new ArrayList<>());
            Optional<String> imageAlt = meta("og:image:alt").or(() -> meta("twitter:image:alt"));

            return new PageMetadata(title, description, authors, publisher, published, modified, language,
                    canonical, tags, image, imageAlt, sources, diagnostics);
        }

        private Optional<Object> ld(String property) {
            return article.map(node -> node.get(property));
        }

        private List<Contributor> ldAuthors() {
            List<Contributor> authors = new ArrayList<>();
            Object value = article.map(node -> node.getOrDefault("author", node.get("creator"))).orElse(null);
            List<Object> items = value instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
            if (value != null && !(value instanceof List<?>)) {
                items.add(value);
            }
            for (Object item : items) {
                if (item instanceof String name) {
                    authorName(name).ifPresent(n -> authors.add(Contributor.of(n)));
                } else {
                    jsonLd.object(item).ifPresent(node -> jsonLd.text(node.get("name")).flatMap(Text::author)
                            .ifPresent(name -> authors.add(new Contributor(name,
                                    jsonLd.url(node.get("url")).flatMap(this::httpUri)))));
                }
            }
            return authors;
        }

        private Optional<String> authorName(String name) {
            return Text.author(name).filter(n -> !n.contains("://"));
        }

        private List<Contributor> names(List<String> values) {
            List<Contributor> authors = new ArrayList<>();
            for (String value : values) {
                authorName(value).ifPresent(n -> authors.add(Contributor.of(n)));
            }
            return authors;
        }

        private List<Contributor> bylines() {
            Set<String> names = new LinkedHashSet<>();
            for (Element element : document.select(BYLINE)) {
                if (insideChrome(element)) {
                    continue;
                }
                Text.author(element.text()).ifPresent(byline -> {
                    for (String name : AUTHOR_SEPARATOR.split(byline)) {
                        if (!name.isBlank() && name.strip().split(" ").length <= 5) {
                            names.add(name.strip());
                        }
                    }
                });
            }
            return names.stream().map(Contributor::of).toList();
        }

        private Optional<OffsetDateTime> time(Evaluator query) {
            for (Element time : document.select(query)) {
                if (insideChrome(time)) {
                    continue;
                }
                Optional<OffsetDateTime> parsed = Dates.parse(time.hasAttr("datetime") ? time.attr("datetime")
                        : time.text());
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
            return Optional.empty();
        }

        private boolean insideChrome(Element element) {
            for (Element e = element; e != null && !"body".equals(e.normalName()); e = e.parent()) {
                if (!e.normalName().equals("header") && chromeOf.computeIfAbsent(e, Signals::chrome).isPresent()
                        && e.selectFirst("h1") == null) {
                    return true;
                }
            }
            return false;
        }

        private Optional<String> htmlTitle(Optional<String> siteName) {
            Optional<String> raw = Optional.ofNullable(document.selectFirst(TITLE))
                    .map(Element::text).map(Text::clean).filter(t -> !t.isEmpty());
            return raw.map(text -> withoutSiteName(text, siteName));
        }

        private String withoutSiteName(String title, Optional<String> siteName) {
            String host = pageUrl == null || pageUrl.getHost() == null ? "" : pageUrl.getHost().replaceFirst("^www\\.", "");
            Matcher separator = TITLE_SEPARATOR.matcher(title);
            int firstStart = -1;
            int firstEnd = -1;
            int lastStart = -1;
            int lastEnd = -1;
            while (separator.find()) {
                if (firstStart < 0) {
                    firstStart = separator.start();
                    firstEnd = separator.end();
                }
                lastStart = separator.start();
                lastEnd = separator.end();
            }
            if (lastStart < 0) {
                return title;
            }
            if (isSiteName(title.substring(lastEnd), siteName, host)) {
                return title.substring(0, lastStart).strip();
            }
            if (isSiteName(title.substring(0, firstStart), siteName, host)) {
                return title.substring(firstEnd).strip();
            }
            return title;
        }

        private static boolean isSiteName(String part, Optional<String> siteName, String host) {
            String letters = lettersOnly(part);
            if (letters.isEmpty()) {
                return false;
            }
            return siteName.map(PageMetadata::lettersOnly).filter(letters::equals).isPresent()
                    || lettersOnly(host).startsWith(letters);
        }

        private Optional<String> meta(String name) {
            List<String> values = metas(name);
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        private List<String> metas(String name) {
            return metas.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        private Optional<String> dublinCore(String term) {
            List<String> values = dublinCores(term);
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        private List<String> dublinCores(String term) {
            List<String> values = new ArrayList<>(metas("dc." + term));
            values.addAll(metas("dcterms." + term));
            return values;
        }

        private Optional<String> attr(Evaluator query, String attribute) {
            Element element = document.selectFirst(query);
            if (element == null) {
                return Optional.empty();
            }
            String value = element.attr(attribute).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        private List<String> keywords(Optional<Object> value) {
            if (value.isEmpty()) {
                return List.of();
            }
            if (value.get() instanceof List<?> list) {
                return distinct(list.stream().filter(String.class::isInstance).map(String.class::cast).toList());
            }
            return value.get() instanceof String text ? splitKeywords(text) : List.of();
        }

        private Optional<URI> httpUri(String url) {
            return Urls.resolve(pageUrl, url);
        }

        private Optional<String> httpUrl(String url) {
            return Urls.resolve(pageUrl, url).map(URI::toString);
        }
    }

    private static <T> Optional<List<T>> nonEmpty(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list);
    }

    private static List<String> splitKeywords(String text) {
        return distinct(List.of(text.split(",")));
    }

    private static List<String> distinct(List<String> values) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            String clean = Text.clean(value);
            if (!clean.isEmpty()) {
                result.add(clean);
            }
        }
        return List.copyOf(result);
    }

    static Optional<String> languageTag(String value) {
        String tag = value.strip().replace('_', '-');
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    private static String lettersOnly(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
