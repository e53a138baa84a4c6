package dev.lede.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * The library's one reading of BCP 47 language tags, shared by the model ({@code Metadata.locale()}), the
 * validator ({@code language.malformed}) and the page importer, so that what one accepts the others accept.
 * Stateless and thread-safe. Not part of the API.
 */
public final class LanguageTags {
    private LanguageTags() {}

    /**
     * The tag as a locale, when it is well-formed as {@link Locale.Builder#setLanguageTag} reads it.
     *
     * @param tag the tag; not null
     * @return the locale; empty when the tag is empty or malformed
     */
    public static Optional<Locale> parse(String tag) {
        if (tag.isEmpty()) {
            return Optional.empty(); // Locale.Builder reads "" as the root locale, which names no language
        }
        try {
            return Optional.of(new Locale.Builder().setLanguageTag(tag).build());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /**
     * A tag as a page writes it, in the canonical form: stripped, {@code en_GB} read as {@code en-GB}, the case
     * of each part as BCP 47 writes it ({@code EN-gb} gives {@code en-GB}).
     *
     * @param value the tag as written; not null
     * @return the canonical tag; empty when the value is not a well-formed tag with a language
     */
    public static Optional<String> canonical(String value) {
        return parse(value.strip().replace('_', '-'))
                .filter(locale -> !locale.getLanguage().isEmpty())
                .map(Locale::toLanguageTag);
    }
}
