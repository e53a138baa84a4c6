package dev.lede.validation.internal;

import jakarta.validation.Payload;

/** Payload marking a constraint whose violations are warnings rather than errors. */
public final class Warning implements Payload {
    private Warning() {}
}
