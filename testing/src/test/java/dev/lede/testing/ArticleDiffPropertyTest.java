package dev.lede.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.Article;
import dev.lede.diff.ArticleDiff;
import dev.lede.diff.Difference;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's property of the structural diff, over generated articles: for an article and a copy with one part
 * changed, the diff is empty exactly when the two are equal, and it names the part changed. It lives here, beside
 * the generator, because core cannot depend on lede-testing.
 */
class ArticleDiffPropertyTest {
    private static final long SEED = 20261215L;
    private static final int ARTICLES = 1_000;

    /** Copies made of each article: 3,000 changed pairs, 3,000 equal ones. */
    private static final int COPIES = 3;

    /** Generated once: generation, not diffing, is what costs time. */
    private static final List<Article> GENERATED = Stream.generate(ArticleGenerator.of(SEED)::next).limit(ARTICLES)
            .toList();

    /** What a value in a difference may cost at most: the window of 60 characters, quotes, cut marks, an escape. */
    private static final int MAX_VALUE_LENGTH = 80;

    @Test
    void aCopyWithOnePartChangedDiffersAtThatPartAndNowhereElse() {
        ArticleMutator mutator = new ArticleMutator(SEED);
        int pairs = 0;
        for (int i = 0; i < ARTICLES; i++) {
            Article article = GENERATED.get(i);
            for (ArticleMutator.Mutation mutation : mutator.change(article, COPIES)) {
                String what = "article " + i + " changed at " + mutation.path();

                ArticleDiff diff = ArticleDiff.between(article, mutation.article());

                assertThat(mutation.article()).as(what).isNotEqualTo(article);
                assertThat(diff.isEmpty()).as(what).isFalse();
                assertThat(diff.differences()).as(what + "\n" + diff)
                        .anySatisfy(d -> assertThat(within(d.path(), mutation.path())).isTrue())
                        .allSatisfy(d -> assertThat(within(d.path(), mutation.scope())).isTrue());
                assertSmallAndSymmetric(article, mutation.article(), diff);
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(COPIES * ARTICLES);
    }

    @Test
    void aCopyWithOnePartSetToAnEqualValueHasNoDifference() {
        ArticleMutator mutator = new ArticleMutator(SEED + 1);
        for (int i = 0; i < ARTICLES; i++) {
            Article article = GENERATED.get(i);
            for (Article same : mutator.same(article, COPIES)) {
                ArticleDiff diff = ArticleDiff.between(article, same);

                assertThat(same).as("article %d", i).isEqualTo(article);
                assertThat(diff.isEmpty()).as("article %d:%n%s", i, diff).isTrue();
                assertThat(diff).hasToString("");
            }
        }
    }

    @Test
    void theSameSeedGivesArticlesWithoutDifference() {
        ArticleGenerator again = ArticleGenerator.of(SEED);
        for (int i = 0; i < ARTICLES; i++) {
            Article article = again.next();
            assertThat(article).isNotSameAs(GENERATED.get(i));
            assertThat(ArticleDiff.between(GENERATED.get(i), article).isEmpty()).as("article %d", i).isTrue();
        }
    }

    @Test
    void differentArticlesDifferAndTheDiffIsEmptyExactlyWhenTheyAreEqual() {
        for (int i = 0; i + 1 < ARTICLES; i++) {
            Article first = GENERATED.get(i);
            Article second = GENERATED.get(i + 1);

            ArticleDiff diff = ArticleDiff.between(first, second);

            assertThat(diff.isEmpty()).as("articles %d and %d", i, i + 1).isEqualTo(first.equals(second));
            assertSmallAndSymmetric(first, second, diff);
        }
    }

    /** Every value is short, and comparing the other way round gives the same paths with the values swapped. */
    private static void assertSmallAndSymmetric(Article expected, Article actual, ArticleDiff diff) {
        List<Difference> backward = ArticleDiff.between(actual, expected).differences();
        assertThat(backward).hasSameSizeAs(diff.differences());
        for (int i = 0; i < backward.size(); i++) {
            Difference d = diff.differences().get(i);
            assertThat(d.expected()).as("%s", d).hasSizeLessThanOrEqualTo(MAX_VALUE_LENGTH);
            assertThat(d.actual()).as("%s", d).hasSizeLessThanOrEqualTo(MAX_VALUE_LENGTH);
            assertThat(d.expected()).as("%s", d).isNotEqualTo(d.actual());
            assertThat(backward.get(i)).isEqualTo(new Difference(d.path(), d.actual(), d.expected()));
        }
    }

    /** Whether {@code path} is {@code part} or a path inside it: {@code lead[1].text} is in {@code lead[1]}. */
    private static boolean within(String path, String part) {
        return path.equals(part)
                || path.startsWith(part) && (path.charAt(part.length()) == '.' || path.charAt(part.length()) == '[');
    }
}
