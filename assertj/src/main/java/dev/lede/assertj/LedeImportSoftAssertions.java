package dev.lede.assertj;

import dev.lede.html.PageImport;

/**
 * {@link LedeSoftAssertions} with page imports too: {@code softly.assertThat(PageImport)}. A class of its own
 * because it needs {@code lede-html}, an optional dependency of this module. Usable with AssertJ's JUnit 5
 * extension ({@code @InjectSoftAssertions LedeImportSoftAssertions softly;}). Not thread-safe: one instance per
 * test.
 */
public class LedeImportSoftAssertions extends LedeSoftAssertions {
    /** Creates an instance that has collected nothing yet. */
    public LedeImportSoftAssertions() {}

    /**
     * Starts soft assertions on a page import: what was dropped, what was kept, and the article.
     *
     * @param actual the import; may be null, which every check reports as a failure
     * @return a new assertion, whose failures are collected
     */
    public PageImportAssert assertThat(PageImport actual) {
        return soft(PageImportAssert.class, PageImport.class, actual);
    }
}
