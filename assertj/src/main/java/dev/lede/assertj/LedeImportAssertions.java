package dev.lede.assertj;

import dev.lede.html.PageImport;

/**
 * The entry point for page imports: {@code assertThat(PageImport)}. Apart from {@link LedeAssertions} because it
 * needs {@code lede-html}, an optional dependency of this module: a project that imports pages has it, and one
 * that does not can use {@link LedeAssertions} without it. Import both statically; the overloads do not clash.
 *
 * <pre>{@code
 * import static dev.lede.assertj.LedeImportAssertions.assertThat;
 *
 * assertThat(imported).dropped(Reason.NAVIGATION, Reason.COMMENTS).kept("Geography as Stage");
 * }</pre>
 *
 * <p>Stateless and thread-safe; the assertions it makes are not thread-safe, like AssertJ's.
 */
public class LedeImportAssertions {
    /** Not for instances, but open to subclasses that add entry points. */
    protected LedeImportAssertions() {}

    /**
     * Starts assertions on a page import: what was dropped, what was kept, and the article.
     *
     * @param actual the import; may be null, which every check reports as a failure
     * @return a new assertion
     */
    public static PageImportAssert assertThat(PageImport actual) {
        return new PageImportAssert(actual);
    }
}
