package dev.lede.assertj;

import dev.lede.CodeBlock;
import dev.lede.assertj.internal.Texts;
import java.util.Optional;

/**
 * Assertions on a {@link CodeBlock}. Made by {@link LedeAssertions#assertThat(CodeBlock)} or
 * {@link BlockAssert#isCode()}.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class CodeBlockAssert extends AbstractLedeAssert<CodeBlockAssert, CodeBlock> {
    /**
     * @param actual the code block; may be null, which every check reports as a failure
     */
    public CodeBlockAssert(CodeBlock actual) {
        super(actual, CodeBlockAssert.class);
    }

    /**
     * Checks the language.
     *
     * @param language the expected language, such as "java"
     * @return this assertion
     */
    public CodeBlockAssert hasLanguage(String language) {
        nonNull(language, "language");
        return check(c -> {
            if (c.language().isEmpty()) {
                return Optional.of("Expecting language:\n  " + Texts.quote(language) + "\nbut there is none");
            }
            return c.language().get().equals(language) ? Optional.empty()
                    : Optional.of("Expecting language:\n  " + Texts.quote(language) + "\nbut was:\n  "
                            + Texts.quote(c.language().get()));
        });
    }

    /**
     * Checks the code, all of it, as written.
     *
     * @param code the expected code
     * @return this assertion
     */
    public CodeBlockAssert hasCode(String code) {
        nonNull(code, "code");
        return check(c -> c.code().equals(code) ? Optional.empty()
                : Optional.of("Expecting code:\n  " + Texts.quote(code) + "\nbut was:\n  " + Texts.quote(c.code())));
    }
}
