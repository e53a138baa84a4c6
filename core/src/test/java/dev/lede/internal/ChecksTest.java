package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecksTest {
    @Test
    void optionalReturnsTheOptionalItWasGiven() {
        Optional<String> present = Optional.of("x");
        assertThat(Checks.optional(present, "title")).isSameAs(present);
        assertThat(Checks.optional(Optional.empty(), "title")).isEmpty();
    }

    @Test
    void optionalRejectsANullOptionalByName() {
        assertThatThrownBy(() -> Checks.optional(null, "title")).isInstanceOf(NullPointerException.class)
                .hasMessage("title must not be null; use Optional.empty()");
    }
}
