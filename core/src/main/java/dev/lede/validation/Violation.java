package dev.lede.validation;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule: where, which rule, and what to do about it. Immutable and thread-safe; no component is
 * null.
 *
 * @param path where in the article, written the way the model is read: {@code metadata.title},
 *     {@code hero.image.alt}, {@code lead[0].text}, {@code sections[2].subsections[0].heading},
 *     {@code sections[0].blocks[1].items[2]} (indices count from 0); the empty string means the article as a
 *     whole
 * @param code the rule's stable identifier, such as {@code title.blank}; the codes are listed in the
 *     {@linkplain dev.lede.validation package documentation}
 * @param message an explanation for people, in English; its wording may change between versions, unlike the
 *     code
 * @param severity whether the violation makes the article invalid
 */
public record Violation(String path, String code, String message, Severity severity) {
    /** Checks the components. */
    public Violation {
        requireNonNull(path, "path must not be null");
        requireNonNull(code, "code must not be null");
        requireNonNull(message, "message must not be null");
        requireNonNull(severity, "severity must not be null");
    }

    /**
     * One line for people: severity, path, message and code.
     *
     * @return for example {@code "ERROR metadata.title: title must not be blank [title.blank]"}
     */
    @Override
    public String toString() {
        return severity + " " + (path.isEmpty() ? "(article)" : path) + ": " + message + " [" + code + "]";
    }
}
