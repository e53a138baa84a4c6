package dev.lede.assertj;

import dev.lede.Metadata;
import dev.lede.assertj.internal.MetadataChecks;
import java.time.LocalDate;
import java.util.List;

/**
 * Assertions on an article's {@link Metadata}. Made by {@link LedeAssertions#assertThat(Metadata)} or
 * {@link ArticleAssert#metadata()}; the article's assertion has the same checks.
 *
 * <p>Arguments are not null unless a method says so. Not thread-safe, like every AssertJ assertion.
 */
public class MetadataAssert extends AbstractLedeAssert<MetadataAssert, Metadata> {
    /**
     * @param actual the metadata; may be null, which every check reports as a failure
     */
    public MetadataAssert(Metadata actual) {
        super(actual, MetadataAssert.class);
    }

    /**
     * Checks the title, as written.
     *
     * @param title the expected title
     * @return this assertion
     */
    public MetadataAssert hasTitle(String title) {
        nonNull(title, "title");
        return check(m -> MetadataChecks.title(m, title));
    }

    /**
     * Checks the authors' names, all of them in order.
     *
     * @param names the expected names; none for no authors
     * @return this assertion
     */
    public MetadataAssert hasAuthors(String... names) {
        List<String> expected = List.of(nonNull(names, "names"));
        return check(m -> MetadataChecks.authors(m, expected));
    }

    /**
     * Checks the publisher's name.
     *
     * @param name the expected name
     * @return this assertion
     */
    public MetadataAssert hasPublisher(String name) {
        nonNull(name, "name");
        return check(m -> MetadataChecks.publisher(m, name));
    }

    /**
     * Checks the date of publication, in the offset the published time was given in.
     *
     * @param date the expected date
     * @return this assertion
     */
    public MetadataAssert isPublishedOn(LocalDate date) {
        nonNull(date, "date");
        return check(m -> MetadataChecks.publishedOn(m, date));
    }

    /**
     * Checks the language tag, as written.
     *
     * @param languageTag the expected BCP 47 tag, such as "en"
     * @return this assertion
     */
    public MetadataAssert hasLanguage(String languageTag) {
        nonNull(languageTag, "languageTag");
        return check(m -> MetadataChecks.language(m, languageTag));
    }
}
