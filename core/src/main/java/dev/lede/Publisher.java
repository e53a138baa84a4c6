package dev.lede;

import static dev.lede.internal.Checks.notNull;
import static dev.lede.internal.Checks.optional;

import java.net.URI;
import java.util.Optional;

/**
 * The publication or site that published the article, such as "THE MAG POST". Immutable and thread-safe.
 *
 * @param name the publisher's name; not null
 * @param url the publisher's home page, if known; not null
 */
public record Publisher(String name, Optional<URI> url) {
    /** Checks the components. */
    public Publisher {
        notNull(name, "name");
        optional(url, "url");
    }

    /**
     * A publisher known by name only.
     *
     * @param name the name; not null
     * @return the publisher
     */
    public static Publisher of(String name) {
        return new Publisher(name, Optional.empty());
    }
}
