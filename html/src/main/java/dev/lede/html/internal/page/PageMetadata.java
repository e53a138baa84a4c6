package dev.lede.html.internal.page;

import dev.lede.Article;
import dev.lede.Contributor;
import dev.lede.Metadata;
import dev.lede.Publisher;
import dev.lede.html.PageDiagnostic;
import dev.lede.html.PageDiagnostic.Reason;
import dev.lede.html.Provenance;
import dev.lede.html.Provenance.Field;
import dev.lede.html.Provenance.Source;
import dev.lede.html.internal.Datetimes;
import dev.lede.html.internal.Paths;
import dev.lede.internal.LanguageTags;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The metadata of a web page, each field chosen among the candidates its sources offer: schema.org JSON-LD,
 * Open Graph, Twitter, Dublin Core and other meta tags, microdata, the {@code <title>}, the visible {@code h1},
 * bylines, {@code <time>} elements, the page's address and datelines. Where a stated candidate disagrees with
 * the chosen value, a {@link Reason#METADATA} diagnostic says so; every field's candidates are kept for its
 * {@link Provenance}. Confined to one import: {@link #withHeading} adds the content's heading to the title's
 * candidates.
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
 * @param guess whether inferred candidates may be chosen, or only values the page states
 * @param picks the candidates of the fields whose provenance is reported
 * @param diagnostics unreadable JSON-LD and disagreeing sources
 */
record PageMetadata(Optional<String> title, Optional<String> description, List<Contributor> authors,
        Optional<Publisher> publisher, Optional<OffsetDateTime> published, Optional<OffsetDateTime> modified,
        Optional<String> language, Optional<URI> canonicalUrl, List<String> tags, Optional<String> image,
        Optional<String> imageAlt, boolean guess, Picks picks, List<PageDiagnostic> diagnostics) {

    // Queries are parsed once: jsoup parses a query string on every call. Class selectors ignore case.
    private static final Evaluator STATED_BYLINE = QueryParser.parse("[rel=author], [itemprop=author] [itemprop=name], "
            + "[itemprop=author]:not(:has([itemprop=name]))");
    private static final Evaluator CLASS_BYLINE = classContaining(true, "byline", "author", "writer", "contributor");
    private static final Evaluator STATED_TIME = QueryParser.parse("time[itemprop=datePublished], time[pubdate]");
    private static final Evaluator ANY_TIME = QueryParser.parse("time, [datetime]");
    private static final Evaluator PUBLISHED_MICRODATA = QueryParser.parse("[itemprop=datePublished]:not(meta)");
    private static final Evaluator MODIFIED_MICRODATA = QueryParser.parse("[itemprop=dateModified]:not(meta)");
    private static final Evaluator MODIFIED_TIME = QueryParser.parse("time[itemprop=dateModified], time.updated");
    private static final Evaluator DATELINE = classContaining(false, "date", "time", "publish", "byline", "posted",
            "meta");
    private static final Evaluator TAG_LINK = QueryParser.parse("a[rel~=(?i)^tag$]");
    private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel~=(?i)^canonical$]");
    private static final Evaluator CONTENT_LANGUAGE = QueryParser.parse("meta[http-equiv~=(?i)^content-language$]");
    private static final Evaluator TITLE = QueryParser.parse("head > title, title");
    private static final Set<String> ORGANIZATION_TYPES = Set.of("Organization", "NewsMediaOrganization",
            "Corporation", "EducationalOrganization", "GovernmentOrganization", "NGO", "LocalBusiness", "Brand",
            "WebSite", "OnlineBusiness");
    /** Meta names that hold a publication date, beside Open Graph's and Dublin Core's. */
    private static final List<String> PUBLISHED_NAMES = List.of("datepublished", "date.available", "date.release",
            "sailthru.date", "parsely-pub-date", "article.published", "article:published", "publish_date",
            "publish-date", "publishdate", "pubdate", "publication_date", "date", "og:published_time",
            "cxenseparse:recs:publishtime", "originalpublicationdate", "displaydate", "dc.date.issued");
    private static final List<String> MODIFIED_NAMES = List.of("datemodified", "last-modified", "lastmod",
            "article.updated", "sailthru.lastmodified", "dc.date.modified", "revised");
    private static final List<String> AUTHOR_NAMES = List.of("dc.creator", "dcterms.creator", "author", "byl",
            "sailthru.author", "parsely-author", "article.author", "citation_author");
    /** How many elements are tried as bylines, times and datelines: the first ones that qualify are meant. */
    private static final int MAX_TRIED = 200;
    /** How many elements with author, time or microdata markup are kept; a page has a few that matter. */
    private static final int MAX_MARKED = 5000;
    private static final int MAX_BYLINE_LENGTH = 250;
    private static final int MAX_H1 = 10;
    /** How many elements after the headline are read for a dateline. */
    private static final int MAX_AFTER_HEADLINE = 40;
    /** The titles whose agreement makes the h1 the title: those a reader sees in a tab or a shared link. */
    private static final Set<Source> AGREEING = Set.of(Source.OPEN_GRAPH, Source.TITLE_ELEMENT);
    /** The titles a page writes for links shared on social sites, beside its site's name. */
    private static final Set<Source> SHARED = Set.of(Source.OPEN_GRAPH, Source.TWITTER);
    /** Chrome that may hold the article's byline or date. */
    private static final Set<Reason> BESIDE_HEADLINE = Set.of(Reason.NAVIGATION, Reason.SHARE, Reason.SIDEBAR,
            Reason.BYLINE, Reason.LOW_TEXT_DENSITY);

    PageMetadata {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The candidates of the fields whose provenance an import reports. */
    record Picks(Pick<String> title, Pick<List<Contributor>> authors, Pick<OffsetDateTime> published,
            Pick<OffsetDateTime> modified, Pick<String> language, Pick<String> image) {}

    /**
     * Reads the metadata of a parsed page, guessing where the page states nothing.
     *
     * @param document the page
     * @param pageUrl the page's address, against which relative URLs resolve; may be null
     */
    static PageMetadata extract(Document document, URI pageUrl) {
        return extract(document, pageUrl, true);
    }

    /**
     * Reads the metadata of a parsed page.
     *
     * @param document the page
     * @param pageUrl the page's address, against which relative URLs resolve; may be null
     * @param guess whether inferred candidates (a class-name byline, a date in the address or text, a title with
     *     its site name removed) may be chosen; the title falls back to them even so, as an article needs one
     */
    static PageMetadata extract(Document document, URI pageUrl, boolean guess) {
        return new Extractor(document, pageUrl, guess).extract();
    }

    /**
     * This metadata with the article's own heading as the title when no source named one.
     *
     * @param heading the text of the heading content detection took for the title, or of the title the reader
     *     found in the content, if either found one
     */
    PageMetadata withHeading(Optional<String> heading) {
        if (title.isPresent() || heading.isEmpty() || heading.get().isEmpty()) {
            return this;
        }
        Pick<String> pick = picks.title();
        pick.add(Source.CONTENT, "", "content", true, heading);
        Optional<String> chosen = pick.choose(pick.last(), new ArrayList<>());
        return new PageMetadata(chosen, description, authors, publisher, published, modified, language,
                canonicalUrl, tags, image, imageAlt, guess, picks, diagnostics);
    }

    /**
     * This metadata with the authors the reader found in the content (a header's byline) when no source named
     * any: their last candidate, so that the authors too are decided in one place, the pick.
     *
     * @param own the authors the reader found; may be empty
     */
    PageMetadata withContentAuthors(List<Contributor> own) {
        if (!authors.isEmpty() || own.isEmpty()) {
            return this;
        }
        Pick<List<Contributor>> pick = picks.authors();
        pick.add(Source.CONTENT, "", "byline", Optional.of(own));
        List<Contributor> chosen = pick.choose(pick.last(), new ArrayList<>()).orElseThrow();
        return new PageMetadata(title, description, chosen, publisher, published, modified, language,
                canonicalUrl, tags, image, imageAlt, guess, picks, diagnostics);
    }

    /**
     * The article's metadata: this page's fields where it has them, the content's own (its header's byline,
     * dates and subtitle) where it has not. A modified time before the published one is dropped and reported.
     *
     * @param own the metadata the reader found in the content
     * @param standfirst the standfirst content detection found beside the title, by its class name
     * @param diagnostics where a dropped date is reported
     */
    Metadata merge(Metadata own, Optional<String> standfirst, List<PageDiagnostic> diagnostics) {
        Optional<OffsetDateTime> first = published.or(own::published);
        Optional<OffsetDateTime> changed = modified.or(own::modified);
        if (first.isPresent() && changed.isPresent() && changed.get().isBefore(first.get())) {
            // A page that says it changed before it was published has one date wrong; the first is kept.
            diagnostics.add(new PageDiagnostic(Reason.METADATA, "", 0, "modified: dropped " + changed.get()
                    + ", which is before the published date " + first.get()));
            changed = Optional.empty();
        }
        // A title the content gave was offered to the pick (withHeading); an empty one Repairs derives.
        return new Metadata(title.orElse(""),
                guess ? standfirst.or(own::subtitle) : own.subtitle(),
                description.or(own::description),
                authors,
                publisher.or(own::publisher),
                first,
                changed,
                language.or(own::language),
                canonicalUrl.or(own::canonicalUrl),
                tags.isEmpty() ? own.tags() : tags);
    }

    /**
     * Where each reported field of the finished article came from.
     *
     * @param article the imported article
     * @param standfirst the standfirst content detection offered, to show it among the subtitle's candidates
     */
    List<Provenance> provenance(Article article, Optional<String> standfirst) {
        Metadata m = article.metadata();
        Pick<String> subtitle = Pick.of("subtitle", Optional.of(Field.SUBTITLE));
        subtitle.add(Source.CONTENT, "standfirst", "standfirst", true, standfirst);
        subtitle.chooseFirst(guess, new ArrayList<>());
        List<Optional<Provenance>> all = List.of(
                picks.title().provenance(Optional.of(m.title())),
                subtitle.provenance(m.subtitle()),
                picks.authors().provenance(m.authors().isEmpty() ? Optional.empty() : Optional.of(names(m.authors()))),
                picks.published().provenance(m.published().map(OffsetDateTime::toString)),
                picks.modified().provenance(m.modified().map(OffsetDateTime::toString)),
                picks.language().provenance(m.language()),
                picks.image().provenance(article.hero().map(hero -> hero.image().src())));
        return all.stream().flatMap(Optional::stream).toList();
    }

    private static String names(List<Contributor> authors) {
        return authors.stream().map(Contributor::name).collect(Collectors.joining(", "));
    }

    /** A date candidate before its offset is settled. */
    private record DateCandidate(Source source, String detail, String label, boolean inferred, Datetimes.Stamp stamp) {}

    /** An author candidate: one source's names, each known as a person's or an organisation's. */
    private record AuthorCandidate(Source source, String detail, String label, boolean inferred,
            List<Contributor> names, List<Boolean> organisation) {
        boolean namesPerson() {
            return organisation.contains(false);
        }

        List<Contributor> people() {
            List<Contributor> people = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (!organisation.get(i)) {
                    people.add(names.get(i));
                }
            }
            return people;
        }
    }

    private static final class Extractor {
        private final Document document;
        private final URI pageUrl;
        private final boolean guess;
        private final String host;
        private final JsonLd jsonLd;
        private final Optional<Map<String, Object>> article;
        private final List<PageDiagnostic> diagnostics = new ArrayList<>();
        /** The content of each meta tag, by each of its property, name or itemprop tokens, lower-cased. */
        private final Map<String, List<String>> metas = new HashMap<>();
        private final List<Element> metaElements = new ArrayList<>();
        /** The page's JSON-LD scripts, and its {@code link} elements, for the few look-ups of each. */
        private final List<Element> jsonLdBlocks = new ArrayList<>();
        private final List<Element> linkElements = new ArrayList<>();
        private final List<Element> h1s = new ArrayList<>();
        private final List<Element> subheadings = new ArrayList<>();
        private final List<Element> marked = new ArrayList<>();
        private final List<Element> classBylines = new ArrayList<>();
        private final List<Element> datelineElements = new ArrayList<>();
        /** The visible h1 the title was taken from or that heads the page, where datelines are looked for. */
        private Optional<Element> headline = Optional.empty();
        /** Chrome signals of the elements around bylines, dates and headings: many candidates share ancestors. */
        private final Map<Element, Optional<Reason>> chromeOf = new IdentityHashMap<>();

        Extractor(Document document, URI pageUrl, boolean guess) {
            this.document = document;
            this.pageUrl = pageUrl;
            this.guess = guess;
            this.host = pageUrl == null || pageUrl.getHost() == null ? ""
                    : pageUrl.getHost().replaceFirst("^www\\.", "");
            document.stream().forEach(this::scan);
            this.jsonLd = new JsonLd(jsonLdBlocks);
            this.article = jsonLd.article();
            // RDFa's property comes before name: where both name a field, the property is the standard one.
            for (String attribute : List.of("property", "name", "itemprop")) {
                for (Element meta : metaElements) {
                    if (attribute.equals("property") || !meta.hasAttr("property")) {
                        index(meta, meta.attr(attribute));
                    }
                }
            }
            for (String error : jsonLd.errors()) {
                diagnostics.add(new PageDiagnostic(Reason.METADATA, "head > script[type=application/ld+json]", 0,
                        error));
            }
        }

        /**
         * Collects, in the one pass over the page, the elements that metadata is read from: meta tags,
         * {@code h1}s, elements marked up as authors and times, and the first elements whose class names a
         * byline or a date. Each later look-up filters these short lists instead of walking the page again.
         */
        private void scan(Element element) {
            if (element.nameIs("meta")) {
                metaElements.add(element);
            } else if (element.nameIs("link")) {
                linkElements.add(element);
            } else if (JsonLd.isBlock(element)) {
                jsonLdBlocks.add(element);
            } else if (element.nameIs("h1") && h1s.size() < MAX_TRIED) {
                h1s.add(element);
            } else if ((element.nameIs("h2") || element.nameIs("h3")) && subheadings.size() < MAX_TRIED) {
                subheadings.add(element);
            }
            if ((element.hasAttr("rel") || element.hasAttr("itemprop") || element.hasAttr("datetime")
                    || element.nameIs("time")) && marked.size() < MAX_MARKED) {
                marked.add(element);
            }
            if (classBylines.size() < MAX_TRIED && CLASS_BYLINE.matches(document, element)) {
                classBylines.add(element);
            }
            if (datelineElements.size() < MAX_TRIED && DATELINE.matches(document, element)) {
                datelineElements.add(element);
            }
        }

        /** The marked-up elements that match a query, in page order. */
        private List<Element> marked(Evaluator query) {
            return marked.stream().filter(element -> query.matches(document, element)).toList();
        }

        /** Indexes a meta tag under each key its attribute lists; content, else value as some pages write it. */
        private void index(Element meta, String keys) {
            String value = Text.decode(meta.hasAttr("content") ? meta.attr("content") : meta.attr("value"));
            if (keys.isBlank() || value.isEmpty() || (meta.hasAttr("name") && meta.hasAttr("itemprop")
                    && keys.equals(meta.attr("itemprop")))) {
                return;
            }
            for (String key : keys.strip().split("\\s+")) {
                String k = key.toLowerCase(Locale.ROOT).replaceFirst("^dc:", "dc.").replaceFirst("^dcterms?:",
                        "dcterms.");
                metas.computeIfAbsent(k, x -> new ArrayList<>()).add(value);
            }
        }

        PageMetadata extract() {
            Optional<String> siteName = Pick.<String>of("publisher", Optional.empty())
                    .add(Source.JSON_LD, "publisher", "json-ld", ld("publisher").flatMap(jsonLd::object)
                            .flatMap(p -> jsonLd.text(p.get("name"))))
                    .add(Source.OPEN_GRAPH, "og:site_name", "og:site_name", meta("og:site_name"))
                    .add(Source.JSON_LD, "WebSite", "json-ld WebSite", jsonLd.first(Set.of("WebSite"))
                            .flatMap(w -> jsonLd.text(w.get("name"))))
                    .add(Source.META_NAME, "application-name", "application-name", meta("application-name"))
                    .add(Source.DUBLIN_CORE, "dc.publisher", "dc.publisher", dublinCore("publisher"))
                    .chooseFirst(true, diagnostics);
            Optional<Publisher> publisher = siteName.map(name -> new Publisher(name,
                    ld("publisher").flatMap(jsonLd::object).flatMap(p -> jsonLd.url(p.get("url")))
                            .flatMap(this::httpUri)));

            Pick<String> titles = Pick.of("title", Optional.of(Field.TITLE));
            Optional<String> title = title(titles, siteName);

            Optional<String> description = Pick.<String>of("description", Optional.empty())
                    .add(Source.JSON_LD, "description", "json-ld", ld("description").flatMap(jsonLd::text))
                    .add(Source.OPEN_GRAPH, "og:description", "og:description", meta("og:description"))
                    .add(Source.TWITTER, "twitter:description", "twitter:description", meta("twitter:description"))
                    .add(Source.DUBLIN_CORE, "dc.description", "dc.description", dublinCore("description"))
                    .add(Source.META_NAME, "description", "description", meta("description"))
                    .chooseFirst(true, diagnostics);

            Pick<List<Contributor>> authorPick = new Pick<>("authors", Optional.of(Field.AUTHORS),
                    PageMetadata::names, (a, b) -> names(a).equals(names(b)));
            List<Contributor> authors = authors(authorPick, siteName);

            Pick<OffsetDateTime> publishedPick = datePick("published", Field.PUBLISHED);
            Pick<OffsetDateTime> modifiedPick = datePick("modified", Field.MODIFIED);
            List<DateCandidate> publishedCandidates = publishedCandidates();
            List<DateCandidate> modifiedCandidates = modifiedCandidates();
            Optional<ZoneOffset> pageOffset = pageOffset(publishedCandidates, modifiedCandidates);
            Optional<OffsetDateTime> published = dates(publishedPick, publishedCandidates, pageOffset);
            Optional<OffsetDateTime> modified = dates(modifiedPick, modifiedCandidates, pageOffset);

            Element html = document.selectFirst("html");
            Pick<String> languages = Pick.of("language", Optional.of(Field.LANGUAGE));
            Optional<String> language = languages
                    .add(Source.JSON_LD, "inLanguage", "json-ld", ld("inLanguage").flatMap(jsonLd::text)
                            .flatMap(LanguageTags::canonical))
                    .add(Source.HTML_LANG, "html lang", "html lang",
                            LanguageTags.canonical(html == null ? "" : html.attr("lang")))
                    .add(Source.HTML_LANG, "content-language", "content-language",
                            attr(metaElements, CONTENT_LANGUAGE, "content")
                            .flatMap(LanguageTags::canonical))
                    .add(Source.OPEN_GRAPH, "og:locale", "og:locale", meta("og:locale")
                            .flatMap(LanguageTags::canonical))
                    .add(Source.DUBLIN_CORE, "dc.language", "dc.language", dublinCore("language")
                            .flatMap(LanguageTags::canonical))
                    .chooseFirst(true, diagnostics);

            Optional<URI> canonical = Pick.<URI>of("canonicalUrl", Optional.empty())
                    .add(Source.JSON_LD, "mainEntityOfPage", "json-ld", ld("mainEntityOfPage").flatMap(jsonLd::url)
                            .or(() -> ld("url").flatMap(jsonLd::url)).flatMap(this::httpUri))
                    .add(Source.META_NAME, "link rel=canonical", "link rel=canonical",
                            attr(linkElements, CANONICAL_LINK, "href")
                            .flatMap(this::httpUri))
                    .add(Source.OPEN_GRAPH, "og:url", "og:url", meta("og:url").flatMap(this::httpUri))
                    .chooseFirst(true, diagnostics);

            List<String> tags = Pick.<List<String>>of("tags", Optional.empty())
                    .add(Source.JSON_LD, "keywords", "json-ld", nonEmpty(keywords(ld("keywords"))))
                    .add(Source.OPEN_GRAPH, "article:tag", "article:tag", nonEmpty(distinct(metas("article:tag"))))
                    .add(Source.META_NAME, "keywords", "keywords", nonEmpty(splitKeywords(meta("keywords").orElse(""))))
                    .add(Source.CONTENT, "rel=tag", "rel=tag", nonEmpty(distinct(document.select(TAG_LINK)
                            .eachText())))
                    .chooseFirst(true, diagnostics)
                    .orElse(List.of());

            Pick<String> images = Pick.of("image", Optional.of(Field.HERO_IMAGE));
            Optional<String> image = images
                    .add(Source.JSON_LD, "image", "json-ld", ld("image").flatMap(jsonLd::url).flatMap(this::httpUrl))
                    .add(Source.OPEN_GRAPH, "og:image", "og:image", meta("og:image").or(() -> meta("og:image:url"))
                            .or(() -> meta("og:image:secure_url"))
                            .flatMap(this::httpUrl))
                    .add(Source.TWITTER, "twitter:image", "twitter:image", meta("twitter:image")
                            .or(() -> meta("twitter:image:src")).flatMap(this::httpUrl))
                    .chooseFirst(true, new ArrayList<>());
            Optional<String> imageAlt = meta("og:image:alt").or(() -> meta("twitter:image:alt"));

            return new PageMetadata(title, description, authors, publisher, published, modified, language,
                    canonical, tags, image, imageAlt, guess,
                    new Picks(titles, authorPick, publishedPick, modifiedPick, languages, images), diagnostics);
        }

        private static Pick<OffsetDateTime> datePick(String name, Field field) {
            return new Pick<>(name, Optional.of(field), OffsetDateTime::toString, (a, b) -> a.isEqual(b));
        }

        // ---- title ----

        /**
         * The title a reader sees: the first visible {@code h1} that a stated title repeats (once a site name,
         * section or kicker is set aside); else the first visible {@code h1} when it rewords the og:title
         * ({@link Titles#rewords}); else the most trusted stated title without its site name; else, with
         * nothing stated, the first visible {@code h1}.
         */
        private Optional<String> title(Pick<String> pick, Optional<String> siteName) {
            List<Pick.Entry<String>> stated = new ArrayList<>();
            addTitle(pick, stated, Source.JSON_LD, "headline", "json-ld", ld("headline").or(() -> ld("name"))
                    .flatMap(jsonLd::text), siteName);
            addTitle(pick, stated, Source.DUBLIN_CORE, "dc.title", "dc.title", dublinCore("title"), siteName);
            addTitle(pick, stated, Source.OPEN_GRAPH, "og:title", "og:title", meta("og:title"), siteName);
            addTitle(pick, stated, Source.TWITTER, "twitter:title", "twitter:title", meta("twitter:title"), siteName);
            addTitle(pick, stated, Source.META_NAME, "parsely-title", "parsely-title", meta("parsely-title"),
                    siteName);
            addTitle(pick, stated, Source.TITLE_ELEMENT, "title", "title", Optional.ofNullable(
                    document.selectFirst(TITLE)).map(Element::text).map(Text::clean), siteName);
            List<Element> headings = headings(siteName, stated);
            headline = headings.isEmpty() ? Optional.empty() : Optional.of(headings.get(0));
            for (Element h1 : headings) {
                String text = Text.clean(h1.text());
                if (isRepeated(stated, text)) {
                    return titleFrom(pick, h1, Source.H1, "h1", text);
                }
            }
            if (!headings.isEmpty()) {
                // An editor's headline often rewords the title written for sharing; the reader sees the headline.
                String text = Text.clean(headings.get(0).text());
                boolean reworded = stated.stream().filter(e -> e.candidate().source() == Source.OPEN_GRAPH)
                        .anyMatch(e -> Titles.rewords(e.candidate().value(), text));
                if (reworded) {
                    return titleFrom(pick, headings.get(0), Source.H1, "h1", text);
                }
            }
            if (headings.isEmpty() && !h1s.isEmpty()) {
                // No h1 but the site's own (a blog's name): the post's title is then a lower heading.
                for (Element heading : subheadings) {
                    String text = Text.clean(heading.text());
                    if (isVisibleHeading(heading, text, siteName)
                            && !isAffixOnly(text, stated, siteName.isPresent()) && isRepeated(stated, text)) {
                        return titleFrom(pick, heading, Source.TEXT, "heading", text);
                    }
                }
            }
            Optional<String> chosen = pick.chooseFirst(guess, diagnostics);
            if (chosen.isPresent() || headings.isEmpty()) {
                return chosen.isPresent() ? chosen : pick.chooseFirst(true, diagnostics);
            }
            pick.add(Source.H1, Paths.of(headings.get(0)), "h1", true, Optional.of(Text.clean(headings.get(0).text())));
            return pick.choose(pick.last(), diagnostics);
        }

        /** Whether {@code og:title} or {@code <title>} repeats a heading's text, apart from affixes. */
        private static boolean isRepeated(List<Pick.Entry<String>> stated, String text) {
            return stated.stream().filter(e -> AGREEING.contains(e.candidate().source()))
                    .anyMatch(e -> Titles.agree(e.candidate().value(), text));
        }

        /** The title is a visible heading's text: it becomes the headline, and the candidate that wins. */
        private Optional<String> titleFrom(Pick<String> pick, Element heading, Source source, String label,
                String text) {
            headline = Optional.of(heading);
            pick.add(source, Paths.of(heading), label, Optional.of(text));
            return pick.choose(pick.last(), diagnostics);
        }

        /**
         * Adds a stated title, and the same title without its site name as an inferred candidate before it; a
         * title that is only the site's name is no candidate.
         */
        private void addTitle(Pick<String> pick, List<Pick.Entry<String>> stated, Source source, String detail,
                String label, Optional<String> value, Optional<String> siteName) {
            if (value.isEmpty() || value.get().isEmpty() || Titles.isSiteName(value.get(), siteName, host)) {
                return;
            }
            Optional<String> shorter = Titles.withoutSiteName(value.get(), siteName, host);
            if (shorter.isPresent() && guess) {
                pick.add(source, detail + ", site name removed", label, true, shorter);
            }
            int before = pick.entries().size();
            pick.add(source, detail, label, value);
            if (pick.entries().size() > before) {
                stated.add(pick.last());
            }
            if (shorter.isPresent() && !guess) {
                pick.add(source, detail + ", site name removed", label, true, shorter);
            }
        }

        /** The visible {@code h1}s outside page chrome that are not the site's name, in page order. */
        private List<Element> headings(Optional<String> siteName, List<Pick.Entry<String>> stated) {
            List<Element> headings = new ArrayList<>();
            for (Element h1 : h1s) {
                if (headings.size() >= MAX_H1) {
                    break;
                }
                String text = Text.clean(h1.text());
                if (isVisibleHeading(h1, text, siteName) && !isAffixOnly(text, stated, siteName.isPresent())) {
                    headings.add(h1);
                }
            }
            return headings;
        }

        /** Whether a heading with this text is one a reader sees outside chrome, and not the site's name. */
        private boolean isVisibleHeading(Element heading, String text, Optional<String> siteName) {
            return !text.isEmpty() && text.length() <= 300 && !Signals.isHidden(heading)
                    && (heading.parent() == null || !Signals.isHidden(heading.parent())) && !insideChrome(heading)
                    && !Titles.isSiteName(text, siteName, host);
        }

        /**
         * Whether a heading is only a title's site or section affix, such as a logo's "Rolling Stone". Where the
         * page names its site, the parts of the titles it writes for sharing ({@code og:title},
         * {@code twitter:title}) are the story's own ("Purple Rain" of "Prince – Purple Rain"), so only the
         * other titles can show a heading to be an affix.
         */
        private static boolean isAffixOnly(String heading, List<Pick.Entry<String>> stated, boolean siteNamed) {
            String key = Titles.key(heading);
            for (Pick.Entry<String> entry : stated) {
                if (siteNamed && SHARED.contains(entry.candidate().source())) {
                    continue;
                }
                String title = entry.candidate().value();
                String titleKey = Titles.key(title);
                if (titleKey.length() > key.length() && Titles.agree(title, heading)
                        && (titleKey.endsWith(key) || titleKey.startsWith(key))
                        && key.length() * 3 < titleKey.length()) {
                    return true;
                }
            }
            return false;
        }

        // ---- authors ----

        /**
         * The authors: from the most trusted source that names a person, organisations left out, when any source
         * names one; else the first organisation named (the publisher only when nothing else names anyone).
         */
        private List<Contributor> authors(Pick<List<Contributor>> pick, Optional<String> siteName) {
            Set<String> organisations = organisationKeys(siteName);
            List<AuthorCandidate> candidates = new ArrayList<>();
            List<Contributor> ld = new ArrayList<>();
            List<Boolean> ldOrganisation = new ArrayList<>();
            Object value = article.map(node -> node.getOrDefault("author", node.get("creator"))).orElse(null);
            List<Object> items = value instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
            if (value != null && !(value instanceof List<?>)) {
                items.add(value);
            }
            for (Object item : items) {
                if (item instanceof String name) {
                    Text.decode(name).lines().forEach(line -> person(line, Optional.empty(), organisations, ld,
                            ldOrganisation));
                } else {
                    jsonLd.object(item).ifPresent(node -> jsonLd.text(node.get("name")).ifPresent(name -> {
                        Optional<URI> url = jsonLd.url(node.get("url")).flatMap(this::httpUri);
                        if (JsonLd.hasType(node, ORGANIZATION_TYPES)) {
                            ld.add(new Contributor(name, url));
                            ldOrganisation.add(true);
                        } else {
                            person(name, url, organisations, ld, ldOrganisation);
                        }
                    }));
                }
            }
            addAuthors(candidates, Source.JSON_LD, "author", "json-ld", false, ld, ldOrganisation);
            for (String name : AUTHOR_NAMES) {
                Source source = name.startsWith("dc") ? Source.DUBLIN_CORE : Source.META_NAME;
                named(candidates, source, name, metas(name), organisations);
            }
            named(candidates, Source.OPEN_GRAPH, "article:author", metas("article:author"), organisations);
            bylines(candidates, marked(STATED_BYLINE), STATED_BYLINE, false, organisations);
            // A class name is searched for a byline only when no stated source names a person, as it cannot win.
            if (candidates.stream().noneMatch(AuthorCandidate::namesPerson)) {
                bylines(candidates, classBylines, CLASS_BYLINE, true, organisations);
            }

            boolean personNamed = candidates.stream().anyMatch(c -> (guess || !c.inferred()) && c.namesPerson());
            Optional<Pick.Entry<List<Contributor>>> best = Optional.empty();
            for (AuthorCandidate c : candidates) {
                List<Contributor> names = personNamed && c.namesPerson() ? c.people() : c.names();
                int before = pick.entries().size();
                pick.add(c.source(), c.detail(), c.label(), c.inferred(), Optional.of(names));
                if (best.isEmpty() && pick.entries().size() > before && (guess || !c.inferred())
                        && (!personNamed || c.namesPerson())) {
                    best = Optional.of(pick.last());
                }
            }
            return best.flatMap(entry -> pick.choose(entry, diagnostics)).orElse(List.of());
        }

        private void person(String text, Optional<URI> url, Set<String> organisations, List<Contributor> names,
                List<Boolean> organisation) {
            for (String name : Authors.names(text)) {
                if (names.stream().noneMatch(c -> c.name().equals(name))) {
                    names.add(new Contributor(name, url));
                    organisation.add(isOrganisation(name, organisations));
                }
            }
        }

        private void named(List<AuthorCandidate> candidates, Source source, String detail, List<String> values,
                Set<String> organisations) {
            List<Contributor> names = new ArrayList<>();
            List<Boolean> organisation = new ArrayList<>();
            for (String value : values) {
                person(value, Optional.empty(), organisations, names, organisation);
            }
            addAuthors(candidates, source, detail, detail, false, names, organisation);
        }

        private static void addAuthors(List<AuthorCandidate> candidates, Source source, String detail, String label,
                boolean inferred, List<Contributor> names, List<Boolean> organisation) {
            if (!names.isEmpty()) {
                candidates.add(new AuthorCandidate(source, detail, label, inferred, names, organisation));
            }
        }

        /**
         * The names of the first byline outside page chrome, with the names of the other byline elements in the
         * same short block ("By <a>A</a> and <a>B</a>"); later bylines belong to teasers of other articles.
         */
        private void bylines(List<AuthorCandidate> candidates, List<Element> elements, Evaluator query,
                boolean inferred, Set<String> organisations) {
            for (Element element : elements) {
                if (element.nameIs("link") || element.nameIs("meta") || insideChrome(element, BESIDE_HEADLINE)) {
                    continue;
                }
                String text = Text.upTo(element, MAX_BYLINE_LENGTH);
                if (text.length() > MAX_BYLINE_LENGTH || Authors.names(text).isEmpty()) {
                    continue;
                }
                Element block = element;
                for (int i = 0; i < 3 && block.parent() != null
                        && Text.upTo(block.parent(), MAX_BYLINE_LENGTH).length() <= MAX_BYLINE_LENGTH; i++) {
                    block = block.parent();
                }
                List<Contributor> names = new ArrayList<>();
                List<Boolean> organisation = new ArrayList<>();
                List<Element> parts = block.select(query);
                List<Element> innermost = parts.stream().filter(p -> p.select(query).size() == 1).toList();
                for (Element part : innermost.isEmpty() ? List.of(element) : innermost) {
                    Optional<URI> url = part.nameIs("a") ? httpUri(part.attr("href")) : Optional.empty();
                    person(Text.upTo(part, MAX_BYLINE_LENGTH), url, organisations, names, organisation);
                }
                // "By <a rel=author>A</a> and B": the line around the marked names may name more.
                Element line = element.parent();
                if (line != null && line != block.parent()) {
                    List<String> all = Authors.names(Text.upTo(line, MAX_BYLINE_LENGTH));
                    if (all.size() > names.size() && all.containsAll(names.stream().map(Contributor::name).toList())) {
                        for (String name : all) {
                            person(name, Optional.empty(), organisations, names, organisation);
                        }
                        sortBy(all, names, organisation);
                    }
                }
                addAuthors(candidates, Source.BYLINE, Paths.of(element), "byline", inferred, names, organisation);
                return;
            }
        }

        /** Puts the names in the order of the line they were read from. */
        private static void sortBy(List<String> order, List<Contributor> names, List<Boolean> organisation) {
            List<Integer> index = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                index.add(i);
            }
            index.sort((a, b) -> Integer.compare(order.indexOf(names.get(a).name()),
                    order.indexOf(names.get(b).name())));
            List<Contributor> sortedNames = index.stream().map(names::get).toList();
            List<Boolean> sortedKinds = index.stream().map(organisation::get).toList();
            names.clear();
            names.addAll(sortedNames);
            organisation.clear();
            organisation.addAll(sortedKinds);
        }

        private Set<String> organisationKeys(Optional<String> siteName) {
            Set<String> keys = new HashSet<>();
            siteName.ifPresent(name -> keys.add(Titles.key(name)));
            meta("og:site_name").ifPresent(name -> keys.add(Titles.key(name)));
            meta("application-name").ifPresent(name -> keys.add(Titles.key(name)));
            for (Map<String, Object> node : jsonLd.all(ORGANIZATION_TYPES)) {
                jsonLd.text(node.get("name")).ifPresent(name -> keys.add(Titles.key(name)));
            }
            keys.remove("");
            return keys;
        }

        private boolean isOrganisation(String name, Set<String> organisations) {
            String key = Titles.key(name);
            return organisations.contains(key) || Authors.isAgency(name) || Titles.isSiteName(name, Optional.empty(),
                    host);
        }

        // ---- dates ----

        private List<DateCandidate> publishedCandidates() {
            List<DateCandidate> found = new ArrayList<>();
            stated(found, Source.JSON_LD, "datePublished", "json-ld", ld("datePublished").flatMap(jsonLd::text));
            stated(found, Source.OPEN_GRAPH, "article:published_time", "article:published_time",
                    meta("article:published_time"));
            stated(found, Source.DUBLIN_CORE, "dc.date", "dc.date", dublinCore("date.issued")
                    .or(() -> dublinCore("date")).or(() -> dublinCore("created")).or(() -> dublinCore("issued")));
            for (String name : PUBLISHED_NAMES) {
                stated(found, name.startsWith("dc.") ? Source.DUBLIN_CORE : Source.META_NAME, name, name, meta(name));
            }
            microdata(found, PUBLISHED_MICRODATA);
            times(found, marked(STATED_TIME), false);
            stated(found, Source.JSON_LD, "dateCreated", "json-ld", ld("dateCreated").flatMap(jsonLd::text));
            boolean stated = !found.isEmpty();
            times(found, marked(ANY_TIME), true);
            if (pageUrl != null && pageUrl.getRawPath() != null) {
                Dates.inUrl(pageUrl.getRawPath()).ifPresent(stamp -> found.add(new DateCandidate(Source.URL,
                        pageUrl.getRawPath(), "url", true, stamp)));
            }
            if (!stated) {
                // Reading the text costs most, and a dateline cannot beat a stated date.
                datelines(found);
            }
            return found;
        }

        private List<DateCandidate> modifiedCandidates() {
            List<DateCandidate> found = new ArrayList<>();
            stated(found, Source.JSON_LD, "dateModified", "json-ld", ld("dateModified").flatMap(jsonLd::text));
            stated(found, Source.OPEN_GRAPH, "article:modified_time", "article:modified_time",
                    meta("article:modified_time"));
            stated(found, Source.OPEN_GRAPH, "og:updated_time", "og:updated_time", meta("og:updated_time"));
            for (String name : MODIFIED_NAMES) {
                stated(found, Source.META_NAME, name, name, meta(name));
            }
            stated(found, Source.DUBLIN_CORE, "dc.modified", "dc.modified", dublinCore("modified"));
            microdata(found, MODIFIED_MICRODATA);
            times(found, marked(MODIFIED_TIME), false);
            return found;
        }

        private static void stated(List<DateCandidate> found, Source source, String detail, String label,
                Optional<String> value) {
            value.flatMap(Dates::parseAny).ifPresent(stamp -> found.add(new DateCandidate(source, detail, label,
                    false, stamp)));
        }

        private void microdata(List<DateCandidate> found, Evaluator query) {
            List<Element> elements = marked(query);
            if (!elements.isEmpty()) {
                Element element = elements.get(0);
                String value = element.hasAttr("content") ? element.attr("content")
                        : element.hasAttr("datetime") ? element.attr("datetime") : Text.upTo(element, 120);
                Dates.parseAny(value).ifPresent(stamp -> found.add(new DateCandidate(Source.MICRODATA,
                        Paths.of(element), "microdata", false, stamp)));
            }
        }

        private void times(List<DateCandidate> found, List<Element> times, boolean inferred) {
            for (Element time : times) {
                if (insideChrome(time, BESIDE_HEADLINE)) {
                    continue;
                }
                Optional<Datetimes.Stamp> stamp = time.hasAttr("datetime") ? Dates.parseAny(time.attr("datetime"))
                        : Dates.dateline(Text.upTo(time, 120));
                if (stamp.isPresent()) {
                    found.add(new DateCandidate(Source.TIME_ELEMENT, Paths.of(time), "time", inferred, stamp.get()));
                    return;
                }
            }
        }

        /**
         * A dateline: the first date in the short texts that follow the headline (where bylines and datelines
         * stand), else in a short element whose class speaks of dates, bylines or publishing.
         */
        private void datelines(List<DateCandidate> found) {
            Element e = headline.orElse(null);
            for (int i = 0; e != null && i < MAX_AFTER_HEADLINE; i++, e = nextInOrder(e)) {
                String text = e.ownText();
                if (!text.isBlank() && text.length() <= 200) {
                    Optional<Datetimes.Stamp> stamp = Dates.dateline(text);
                    if (stamp.isPresent()) {
                        found.add(new DateCandidate(Source.TEXT, Paths.of(e), "text", true, stamp.get()));
                        return;
                    }
                }
            }
            for (Element element : datelineElements) {
                String text = Text.upTo(element, 200);
                if (text.length() > 200 || insideChrome(element, BESIDE_HEADLINE)) {
                    continue;
                }
                Optional<Datetimes.Stamp> stamp = Dates.dateline(text);
                if (stamp.isPresent()) {
                    found.add(new DateCandidate(Source.TEXT, Paths.of(element), "text", true, stamp.get()));
                    return;
                }
            }
        }

        /** The element after this one in document order, its children first; null at the end. */
        private static Element nextInOrder(Element element) {
            if (element.childrenSize() > 0) {
                return element.child(0);
            }
            for (Element e = element; e != null; e = e.parent()) {
                Element next = e.nextElementSibling();
                if (next != null) {
                    return next;
                }
            }
            return null;
        }

        /** The offset the page states on any of its dates, for those it writes without one. */
        private static Optional<ZoneOffset> pageOffset(List<DateCandidate> published, List<DateCandidate> modified) {
            for (List<DateCandidate> list : List.of(published, modified)) {
                for (DateCandidate c : list) {
                    if (c.stamp().offset().isPresent()) {
                        return c.stamp().offset();
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * Resolves the candidates and chooses: dates before 1995 are no candidates, nor is an inferred date more
         * than a day after every other date of the page (a dateline or {@code <time>} naming an event to come).
         */
        private Optional<OffsetDateTime> dates(Pick<OffsetDateTime> pick, List<DateCandidate> candidates,
                Optional<ZoneOffset> pageOffset) {
            List<DateCandidate> plausible = candidates.stream().filter(c -> Dates.plausible(c.stamp())).toList();
            List<OffsetDateTime> times = plausible.stream().map(c -> c.stamp().resolve(pageOffset)).toList();
            for (int i = 0; i < plausible.size(); i++) {
                DateCandidate c = plausible.get(i);
                if (c.inferred() && isAfterAllOthers(times, i)) {
                    continue;
                }
                pick.add(c.source(), c.detail(), c.label(), c.inferred(), Optional.of(times.get(i)));
            }
            return pick.chooseFirst(guess, diagnostics);
        }

        private static boolean isAfterAllOthers(List<OffsetDateTime> times, int index) {
            boolean others = false;
            for (int i = 0; i < times.size(); i++) {
                if (i != index) {
                    if (!times.get(index).isAfter(times.get(i).plusDays(1))) {
                        return false;
                    }
                    others = true;
                }
            }
            return others;
        }

        // ---- helpers ----

        private Optional<Object> ld(String property) {
            return article.map(node -> node.get(property));
        }

        private boolean insideChrome(Element element) {
            return insideChrome(element, Set.of());
        }

        /**
         * Whether the element sits in page chrome of a kind not allowed: bylines and datelines often stand in a
         * breadcrumb bar, a share bar or a sidebar of facts beside the headline, but not in a site header (which
         * shows today's date), a footer, comments or teasers of other articles.
         */
        private boolean insideChrome(Element element, Set<Reason> allowed) {
            for (Element e = element; e != null && !"body".equals(e.normalName()); e = e.parent()) {
                Optional<Reason> chrome = e.normalName().equals("header") ? Optional.empty()
                        : chromeOf.computeIfAbsent(e, PageMetadata::chromeWithoutTitle);
                if (chrome.isPresent() && !allowed.contains(chrome.get())) {
                    return true;
                }
            }
            return false;
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

        /** The attribute of the first of the elements (meta or link tags) that the query matches. */
        private Optional<String> attr(List<Element> elements, Evaluator query, String attribute) {
            for (Element element : elements) {
                if (query.matches(document, element)) {
                    String value = element.attr(attribute).strip();
                    return value.isEmpty() ? Optional.empty() : Optional.of(value);
                }
            }
            return Optional.empty();
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

    /** Elements whose class (or id) contains one of the words in any case. */
    private static Evaluator classContaining(boolean orId, String... words) {
        return new Evaluator() {
            @Override
            public boolean matches(Element root, Element element) {
                return contains(element.className(), words) || (orId && contains(element.id(), words));
            }
        };
    }

    private static boolean contains(String value, String[] words) {
        if (value.isEmpty()) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element is chrome that does not hold the page's {@code h1} (a header holding it is not). */
    private static Optional<Reason> chromeWithoutTitle(Element element) {
        Optional<Reason> chrome = Signals.chrome(element);
        return chrome.isPresent() && element.selectFirst("h1") == null ? chrome : Optional.empty();
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
}
