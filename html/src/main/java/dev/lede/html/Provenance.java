package dev.lede.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one metadata field of an imported page came from: the candidate the importer chose and the candidates it
 * beat, so a caller can see why a wrong author or date was picked. Immutable and thread-safe.
 *
 * @param field the field; not null
 * @param chosen the candidate whose value the article holds; empty when the field was left empty, for example
 *     because its only candidates were guesses and {@link PageImporter.Builder#guessMetadata(boolean)} is off;
 *     not null
 * @param rejected the other candidates, best first, each with the value it would have given; not null, may be
 *     empty
 */
public record Provenance(Field field, Optional<Candidate> chosen, List<Candidate> rejected) {
    /** Checks and copies the components. */
    public Provenance {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(chosen, "chosen must not be null");
        rejected = List.copyOf(rejected);
    }

    /** A metadata field whose provenance is recorded. */
    public enum Field {
        /** The headline. */
        TITLE,
        /** The standfirst under the headline. */
        SUBTITLE,
        /** The authors, as one list. */
        AUTHORS,
        /** The publication time. */
        PUBLISHED,
        /** The time of the last change. */
        MODIFIED,
        /** The language tag. */
        LANGUAGE,
        /** The hero figure's image. */
        HERO_IMAGE
    }

    /** The kind of place in the page a candidate value was read from. */
    public enum Source {
        /** A schema.org JSON-LD block; the detail names the property, such as {@code author}. */
        JSON_LD,
        /** An Open Graph meta tag ({@code og:} or {@code article:}); the detail is its property. */
        OPEN_GRAPH,
        /** A Twitter card meta tag; the detail is its name. */
        TWITTER,
        /** Another meta tag, such as {@code author} or {@code date.available}; the detail is its name. */
        META_NAME,
        /** A Dublin Core meta tag ({@code dc.} or {@code dcterms.}); the detail is its name. */
        DUBLIN_CORE,
        /** A microdata {@code itemprop} on a visible element; the detail is a CSS-like path to it. */
        MICRODATA,
        /** The document's {@code <title>}. */
        TITLE_ELEMENT,
        /** A visible {@code h1}; the detail is a CSS-like path to it. */
        H1,
        /** A byline element ({@code rel=author}, a class naming an author or byline); the detail is its path. */
        BYLINE,
        /** A {@code <time>} element; the detail is its path. */
        TIME_ELEMENT,
        /** The page's address, such as a date in its path. */
        URL,
        /** Visible text, such as a dateline near the headline; the detail is a path to the element. */
        TEXT,
        /** The {@code lang} attribute of {@code <html>} or an HTTP-equivalent meta tag. */
        HTML_LANG,
        /** The article content itself, such as its first figure. */
        CONTENT
    }

    /**
     * One value a source offered for a field. Immutable and thread-safe.
     *
     * @param source the kind of source; not null
     * @param detail which one: a property or meta name, or a CSS-like path into the page; not null, may be empty
     * @param value the value as the article would hold it: a text, a list of names joined by {@code ", "}, an
     *     ISO 8601 time or an address; not null
     * @param inferred whether the value was inferred by a heuristic (a byline found by class name, a date in the
     *     address or the text, a title with a site name removed, an {@code h1} no metadata agrees with) rather
     *     than stated as this field by the page
     */
    public record Candidate(Source source, String detail, String value, boolean inferred) {
        /** Checks the components. */
        public Candidate {
            Objects.requireNonNull(source, "source must not be null");
            Objects.requireNonNull(detail, "detail must not be null");
            Objects.requireNonNull(value, "value must not be null");
        }
    }
}
