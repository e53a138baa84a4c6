/**
 * AssertJ assertions for articles. Entry points: {@link dev.lede.assertj.LedeAssertions} and
 * {@link dev.lede.assertj.LedeSoftAssertions}; with {@code lede-html}, {@link dev.lede.assertj.LedeImportAssertions}
 * and {@link dev.lede.assertj.LedeImportSoftAssertions} for page imports.
 *
 * <p>Nullness: no method takes a null argument unless its documentation says so (a null is a
 * {@code NullPointerException} naming the parameter), and none returns null. The value under test may be null;
 * every Lede check then fails as AssertJ's do, with "Expecting actual not to be null".
 *
 * <p>Thread-safety: the entry points are stateless and thread-safe; the assertion objects, like AssertJ's, are not:
 * make one per check, in the thread that runs it.
 *
 * <p>Failures name the place: an assertion reached by navigation is described by the path of its part in the
 * validator's notation ({@code [sections[6].subsections[1] "Long-Term Implications for US-Russia Relations"]}), and a
 * navigation to a missing part lists what is there.
 */
package dev.lede.assertj;
