package dev.lede.assertj.internal;

import java.util.Objects;

/**
 * A part of an article with its path in the validator's notation ({@code sections[2].subsections[0].blocks[1]}).
 *
 * @param path where the part is; not null, empty for the part an assertion started from
 * @param value the part; not null
 * @param <T> the part's type
 */
public record Located<T>(String path, T value) {
    /** Checks the components. */
    public Located {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(value, "value must not be null");
    }
}
