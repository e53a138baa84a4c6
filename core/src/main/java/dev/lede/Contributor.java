package dev.lede;

import static dev.lede.internal.Checks.notNull;
import static dev.lede.internal.Checks.optional;

import java.net.URI;
import java.util.Optional;

/**
 * A person or organisation credited with the article. Immutable and thread-safe.
 *
 * @param name the name as credited; not null
 * @param url a page about them, if known; not null
 */
public record Contributor(String name, Optional<URI> url) {
    /** Checks the components. */
    public Contributor {
        notNull(name, "name");
        optional(url, "url");
    }

    /**
     * A contributor known by name only.
     *
     * @param name the name; not null
     * @return the contributor
     */
    public static Contributor of(String name) {
        return new Contributor(name, Optional.empty());
    }
}
