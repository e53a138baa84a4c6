package dev.lede;

import static dev.lede.internal.Checks.notNull;
import static dev.lede.internal.Checks.optional;

import dev.lede.internal.Checks;
import dev.lede.internal.LanguageTags;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What is said about an article rather than in it: title, authors, publisher, dates, language, address and
 * tags. Immutable and thread-safe.
 *
 * <p>The language is kept as the BCP 47 tag that was written (such as {@code "en-GB"}), not as a
 * {@link Locale}, because {@code Locale} silently accepts a malformed tag; the validator checks the tag and
 * {@link #locale()} converts a valid one.
 *
 * @param title the headline; not null
 * @param subtitle the standfirst or dek under the headline, if any; not null
 * @param description a one- or two-sentence summary for listings and search results, if any; not null
 * @param authors who wrote it, in credit order; not null
 * @param publisher who published it, if known; not null
 * @param published when it was first published, if known; not null
 * @param modified when it was last changed, if known; not null
 * @param language its language as a BCP 47 tag, if known; not null
 * @param canonicalUrl its preferred address, if known; not null
 * @param tags its keywords, in order; not null
 */
public record Metadata(
        String title,
        Optional<String> subtitle,
        Optional<String> description,
        List<Contributor> authors,
        Optional<Publisher> publisher,
        Optional<OffsetDateTime> published,
        Optional<OffsetDateTime> modified,
        Optional<String> language,
        Optional<URI> canonicalUrl,
        List<String> tags) {

    /** Copies and checks the components. */
    public Metadata {
        notNull(title, "title");
        optional(subtitle, "subtitle");
        optional(description, "description");
        authors = Checks.copy(authors, "authors");
        optional(publisher, "publisher");
        optional(published, "published");
        optional(modified, "modified");
        optional(language, "language");
        optional(canonicalUrl, "canonicalUrl");
        tags = Checks.copy(tags, "tags");
    }

    /**
     * Metadata with a title and nothing else.
     *
     * @param title the title; not null
     * @return the metadata
     */
    public static Metadata of(String title) {
        return new Metadata(title, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * The language as a locale, when a well-formed tag is present.
     *
     * @return the locale, or empty when there is no language or its tag is malformed
     */
    public Optional<Locale> locale() {
        return language.flatMap(LanguageTags::parse);
    }

    /**
     * @param title the new title; not null
     * @return a copy with the title replaced
     */
    public Metadata withTitle(String title) {
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }

    /**
     * @param subtitle the new subtitle; not null
     * @return a copy with the subtitle replaced
     */
    public Metadata withSubtitle(Optional<String> subtitle) {
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }

    /**
     * @param description the new description; not null
     * @return a copy with the description replaced
     */
    public Metadata withDescription(Optional<String> description) {
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }

    /**
     * @param authors the new authors; not null
     * @return a copy with the authors replaced
     */
    public Metadata withAuthors(List<Contributor> authors) {
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }

    /**
     * @param publisher the new publisher; not null
     * @return a copy with the publisher replaced
     */
    public Metadata withPublisher(Optional<Publisher> publisher) {
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }

    /**
     * @param published the new publication time; not null
     * @return a copy with it replaced
     */
    public Metadata withPublished(Optional<OffsetDateTime> published) {
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }

    /**
     * @param modified the new modification time; not null
     * @return a copy with it replaced
     */
    public Metadata withModified(Optional<OffsetDateTime> modified) {
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }

    /**
     * @param language the new BCP 47 language tag; not null
     * @return a copy with the language replaced
     */
    public Metadata withLanguage(Optional<String> language) {
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }

    /**
     * @param canonicalUrl the new canonical address; not null
     * @return a copy with it replaced
     */
    public Metadata withCanonicalUrl(Optional<URI> canonicalUrl) {
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }

    /**
     * @param tags the new tags; not null
     * @return a copy with the tags replaced
     */
    public Metadata withTags(List<String> tags) {
        return new Metadata(title, subtitle, description, authors, publisher, published, modified, language,
                canonicalUrl, tags);
    }
}
