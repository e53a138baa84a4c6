package dev.lede.assertj;

import static dev.lede.assertj.Failures.failureOf;
import static dev.lede.assertj.Failures.message;
import static dev.lede.assertj.LedeAssertions.assertThat;

import dev.lede.Metadata;
import dev.lede.testing.SeedArticle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every check of {@link MetadataAssert}, on the seed article's metadata. */
class MetadataAssertTest {
    private static final Metadata SEED = SeedArticle.article().metadata();
    private static final Metadata BARE = Metadata.of("Untitled draft");

    @Test
    void hasTitle() {
        assertThat(SEED).hasTitle("US-Russia Alaska Summit: Prospects and Pitfalls");
        failureOf(() -> assertThat(BARE).hasTitle("Draft")).isEqualTo(message("",
                "Expecting title:", "  \"Draft\"", "but was:", "  \"Untitled draft\""));
    }

    @Test
    void hasAuthors() {
        assertThat(BARE).hasAuthors();
        failureOf(() -> assertThat(BARE).hasAuthors("Ann Example")).isEqualTo(message("",
                "Expecting authors:", "  [\"Ann Example\"]", "but were:", "  []"));
    }

    @Test
    void hasPublisher() {
        assertThat(SEED).hasPublisher("THE MAG POST");
        failureOf(() -> assertThat(BARE).hasPublisher("THE MAG POST")).isEqualTo(message("",
                "Expecting publisher:", "  \"THE MAG POST\"", "but there is none"));
    }

    @Test
    void isPublishedOn() {
        assertThat(SEED).isPublishedOn(LocalDate.of(2025, 8, 14));
        failureOf(() -> assertThat(BARE).isPublishedOn(LocalDate.of(2025, 8, 14))).isEqualTo(message("",
                "Expecting to be published on:", "  2025-08-14", "but there is no published date"));
    }

    @Test
    void hasLanguage() {
        assertThat(SEED).hasLanguage("en");
        failureOf(() -> assertThat(BARE).hasLanguage("en")).isEqualTo(message("",
                "Expecting language:", "  \"en\"", "but there is none"));
    }
}
