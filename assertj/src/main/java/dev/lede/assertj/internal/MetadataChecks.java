package dev.lede.assertj.internal;

import dev.lede.Contributor;
import dev.lede.Metadata;
import dev.lede.Publisher;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The metadata checks, shared by the article's and the metadata's assertions: each returns its failure. */
public final class MetadataChecks {
    private MetadataChecks() {}

    /**
     * @param metadata the metadata; not null
     * @param title the expected title; not null
     * @return the failure message, or empty
     */
    public static Optional<String> title(Metadata metadata, String title) {
        return metadata.title().equals(title) ? Optional.empty()
                : Optional.of("Expecting title:\n  " + Texts.quote(title) + "\nbut was:\n  "
                        + Texts.quote(metadata.title()));
    }

    /**
     * @param metadata the metadata; not null
     * @param names the expected authors' names, in order; not null
     * @return the failure message, or empty
     */
    public static Optional<String> authors(Metadata metadata, List<String> names) {
        List<String> actual = metadata.authors().stream().map(Contributor::name).toList();
        return actual.equals(names) ? Optional.empty()
                : Optional.of("Expecting authors:\n  " + Texts.quotedList(names) + "\nbut were:\n  "
                        + Texts.quotedList(actual));
    }

    /**
     * @param metadata the metadata; not null
     * @param name the expected publisher's name; not null
     * @return the failure message, or empty
     */
    public static Optional<String> publisher(Metadata metadata, String name) {
        Optional<String> actual = metadata.publisher().map(Publisher::name);
        if (actual.isEmpty()) {
            return Optional.of("Expecting publisher:\n  " + Texts.quote(name) + "\nbut there is none");
        }
        return actual.get().equals(name) ? Optional.empty()
                : Optional.of("Expecting publisher:\n  " + Texts.quote(name) + "\nbut was:\n  "
                        + Texts.quote(actual.get()));
    }

    /**
     * @param metadata the metadata; not null
     * @param date the expected date of publication, in the published time's own offset; not null
     * @return the failure message, or empty
     */
    public static Optional<String> publishedOn(Metadata metadata, LocalDate date) {
        Optional<OffsetDateTime> published = metadata.published();
        if (published.isEmpty()) {
            return Optional.of("Expecting to be published on:\n  " + date + "\nbut there is no published date");
        }
        return published.get().toLocalDate().equals(date) ? Optional.empty()
                : Optional.of("Expecting to be published on:\n  " + date + "\nbut was published on:\n  "
                        + published.get().toLocalDate() + " (" + published.get() + ")");
    }

    /**
     * @param metadata the metadata; not null
     * @param languageTag the expected BCP 47 tag, compared as written; not null
     * @return the failure message, or empty
     */
    public static Optional<String> language(Metadata metadata, String languageTag) {
        Optional<String> actual = metadata.language();
        if (actual.isEmpty()) {
            return Optional.of("Expecting language:\n  " + Texts.quote(languageTag) + "\nbut there is none");
        }
        return actual.get().equals(languageTag) ? Optional.empty()
                : Optional.of("Expecting language:\n  " + Texts.quote(languageTag) + "\nbut was:\n  "
                        + Texts.quote(actual.get()));
    }
}
