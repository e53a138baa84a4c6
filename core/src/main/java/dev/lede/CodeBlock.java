package dev.lede;

import static dev.lede.internal.Checks.notNull;
import static dev.lede.internal.Checks.optional;

import java.util.Optional;

/**
 * Preformatted code; its text is kept exactly, whitespace and line breaks included. Immutable and
 * thread-safe.
 *
 * @param language the programming language, such as "java", if known; not null
 * @param code the code; not null
 */
public record CodeBlock(Optional<String> language, String code) implements Block {
    /** Checks the components. */
    public CodeBlock {
        optional(language, "language");
        notNull(code, "code");
    }

    /**
     * A code block in a known language.
     *
     * @param language the language; not null
     * @param code the code; not null
     * @return the code block
     */
    public static CodeBlock of(String language, String code) {
        return new CodeBlock(Optional.of(language), code);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCode(this);
    }
}
