package dev.lede.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportersTest {

    @Test
    void ledesTextIsTheBodyWithoutTheTitleWhichIsComparedOnItsOwn() {
        Extraction extraction = Importers.describe(Importers.lede("<html><head><title>Talks in Alaska</title></head>"
                + "<body><article><h1>Talks in Alaska</h1><p>The summit brought two leaders together for talks"
                + " that lasted most of the day.</p></article></body></html>"));

        assertThat(extraction.title()).isEqualTo("Talks in Alaska");
        assertThat(extraction.text()).startsWith("The summit brought two leaders together").doesNotContain("Alaska");
    }
}
