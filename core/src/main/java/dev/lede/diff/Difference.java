package dev.lede.diff;

import static java.util.Objects.requireNonNull;

/**
 * One place where two articles differ, with each side's value written for people. Immutable and thread-safe;
 * no component is null.
 *
 * @param path where in the article, in the form of {@link dev.lede.validation.Violation#path()}:
 *     {@code metadata.title}, {@code hero.image.alt}, {@code sections[2].subsections[0].heading},
 *     {@code sections[0].blocks[1].items[2]} (indices count from 0); never empty in a diff
 * @param expected the expected article's value there, in the notation {@link ArticleDiff} describes, such as
 *     {@code "Domestic Signals"}, {@code 2}, {@code (none)} or {@code Paragraph "Two leaders, a…"}
 * @param actual the actual article's value there, in the same notation
 */
public record Difference(String path, String expected, String actual) {
    /** Checks the components. */
    public Difference {
        requireNonNull(path, "path must not be null");
        requireNonNull(expected, "expected must not be null");
        requireNonNull(actual, "actual must not be null");
    }

    /**
     * One line for people.
     *
     * @return for example {@code sections[2].subsections[0].heading: "Domestic Signals" → "Domestic signals"}
     */
    @Override
    public String toString() {
        return path + ": " + expected + " → " + actual;
    }
}
