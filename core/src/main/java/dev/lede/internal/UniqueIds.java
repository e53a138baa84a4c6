package dev.lede.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Hands out ids no one holds yet: the base itself when it is free, else {@code base-2}, {@code base-3}, ...,
 * the smallest number free. Ids are only ever taken, never given back, so the smallest free number of a base
 * never goes down and the search for it goes on where the last one ended: n repeats of one heading cost n
 * tries, not n squared. Not thread-safe; one instance per set of ids.
 */
public final class UniqueIds {
    private final Set<String> taken;
    private final Map<String, Integer> nextNumber = new HashMap<>();

    /**
     * Hands out ids not in the given set, adding each to it.
     *
     * @param taken the ids held already; not null; this instance adds to it
     */
    public UniqueIds(Set<String> taken) {
        this.taken = taken;
    }

    /**
     * Takes the base, or the first numbered form of it that is free.
     *
     * @param base the id wanted; not null
     * @return the id taken, now in the set
     */
    public String claim(String base) {
        if (taken.add(base)) {
            return base;
        }
        int number = nextNumber.getOrDefault(base, 2);
        String candidate = base + "-" + number;
        while (!taken.add(candidate)) {
            number++;
            candidate = base + "-" + number;
        }
        nextNumber.put(base, number + 1);
        return candidate;
    }
}
