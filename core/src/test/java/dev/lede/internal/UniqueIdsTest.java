package dev.lede.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniqueIdsTest {

    @Test
    void givesTheBaseWhenFreeElseTheSmallestFreeNumberFromTwo() {
        Set<String> taken = new HashSet<>(Set.of("a", "a-2", "a-4"));
        UniqueIds ids = new UniqueIds(taken);

        assertThat(ids.claim("b")).isEqualTo("b");
        assertThat(ids.claim("a")).isEqualTo("a-3");
        assertThat(ids.claim("a")).isEqualTo("a-5");
        assertThat(ids.claim("b")).isEqualTo("b-2");
        assertThat(ids.claim("a-3")).isEqualTo("a-3-2");
        assertThat(taken).contains("b", "a-3", "a-5", "b-2", "a-3-2");
    }

    @Test
    void aNumberedIdTakenInBetweenIsSkipped() {
        Set<String> taken = new HashSet<>(Set.of("a"));
        UniqueIds ids = new UniqueIds(taken);

        assertThat(ids.claim("a")).isEqualTo("a-2");
        taken.add("a-3");
        assertThat(ids.claim("a")).isEqualTo("a-4");
    }
}
