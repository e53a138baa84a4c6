package dev.lede.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** AssertJ's own way of testing an assertion: run it, expect an {@link AssertionError}, check its message. */
final class Failures {
    private Failures() {}

    /** The message of the failure the check must end in. */
    static AbstractStringAssert<?> failureOf(ThrowingCallable check) {
        AssertionError error = assertThatExceptionOfType(AssertionError.class).isThrownBy(check).actual();
        return assertThat(error.getMessage());
    }

    /** A failure message as AssertJ writes it: the description in brackets, if any, then the lines. */
    static String message(String description, String... lines) {
        return (description.isEmpty() ? "" : "[" + description + "] ") + "\n" + String.join("\n", lines);
    }
}
