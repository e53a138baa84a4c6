package dev.lede.internal;

import java.util.List;
import java.util.Optional;

/** Argument checks shared by the model's compact constructors. Not part of the API. */
public final class Checks {
    private Checks() {}

    /**
     * Returns {@code value}, or throws a NullPointerException naming {@code name}. No message supplier: every
     * model part is built through here, and a capturing lambda per call was a measurable share of a JSON read.
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /** An immutable copy of {@code list}; throws naming {@code name} when the list or an element is null. */
    public static <T> List<T> copy(List<T> list, String name) {
        notNull(list, name);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(list);
    }

    /** Returns {@code value}, rejecting a null Optional (use {@code Optional.empty()} for an absent value). */
    public static <T> Optional<T> optional(Optional<T> value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null; use Optional.empty()");
        }
        return value;
    }
}
