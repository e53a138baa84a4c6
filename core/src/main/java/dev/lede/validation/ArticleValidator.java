package dev.lede.validation;

import dev.lede.Article;
import dev.lede.validation.internal.Engine;
import java.util.Objects;

/**
 * Checks articles against the rules listed in the {@linkplain dev.lede.validation package documentation}.
 * Immutable and thread-safe: build one (or use {@link #standard()}) and share it. Every instance uses the same
 * Hibernate Validator, built once on first use.
 *
 * <pre>{@code
 * ValidationReport report = ArticleValidator.standard().validate(article);
 * report.errors().forEach(v -> System.out.println(v.path() + ": " + v.message()));
 *
 * ArticleValidator.standard().validatePublishable(article).throwIfInvalid();
 * }</pre>
 *
 * <p>Validation never throws for a bad article, however deep: an article nested more than
 * {@link Builder#maxDepth(int) maxDepth} levels gets a report holding the single error
 * {@code article.too-deep}, with the path of the first part too deep, and no other rule is checked.
 */
public final class ArticleValidator {
    /** The default nesting limit: {@value} levels, deeper than any real article. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    /**
     * The highest nesting limit allowed: {@value}. Validation walks the parts of an article without recursion,
     * but its blankness checks of rich text and list items recurse once per level, as does much else that handles
     * articles (the records' {@code equals}, {@code hashCode} and {@code toString}, the converters); at this limit
     * validation runs in a thread stack of 64 KiB (measured on HotSpot, nested lists, emphases and quotes), and
     * an article nested deeper is not one to accept.
     */
    public static final int MAX_MAX_DEPTH = 128;

    /** The default cap on the violations of one report: {@value}. */
    public static final int DEFAULT_MAX_VIOLATIONS = 1000;

    private static final ArticleValidator STANDARD = builder().build();

    private final int maxDepth;
    private final int maxViolations;

    private ArticleValidator(Builder builder) {
        this.maxDepth = builder.maxDepth;
        this.maxViolations = builder.maxViolations;
    }

    /**
     * The validator with default options, the same instance every time.
     *
     * @return the shared validator
     */
    public static ArticleValidator standard() {
        return STANDARD;
    }

    /**
     * Starts configuring a validator.
     *
     * @return a builder with the default options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts configuring a variant of this validator.
     *
     * @return a builder holding this validator's options
     */
    public Builder rebuild() {
        return new Builder().maxDepth(maxDepth).maxViolations(maxViolations);
    }

    /**
     * The nesting limit.
     *
     * @return the deepest nesting allowed
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * The cap on the violations of one report.
     *
     * @return the most violations a report lists before its {@code report.truncated}
     */
    public int maxViolations() {
        return maxViolations;
    }

    /**
     * Checks the default rules: those an article must always meet, and warnings.
     *
     * @param article the article; not null
     * @return the report; never null
     */
    public ValidationReport validate(Article article) {
        return Engine.validate(Objects.requireNonNull(article, "article must not be null"), maxDepth, false, maxViolations);
    }

    /**
     * Checks the default rules and the stricter ones for an article about to go live (hero image with alt
     * text, content, publisher, published date). Missing alt text on any image is an error here rather than
     * a warning.
     *
     * @param article the article; not null
     * @return the report; never null
     */
    public ValidationReport validatePublishable(Article article) {
        return Engine.validate(Objects.requireNonNull(article, "article must not be null"), maxDepth, true, maxViolations);
    }

    @Override
    public String toString() {
        return "ArticleValidator[maxDepth=" + maxDepth + ", maxViolations=" + maxViolations + "]";
    }

    /** Options of an {@link ArticleValidator}. Not thread-safe; each setter checks its argument. */
    public static final class Builder {
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxViolations = DEFAULT_MAX_VIOLATIONS;

        private Builder() {}

        /**
         * Sets the nesting limit. Each section, quote, list item, note, emphasis, strong and link is one level
         * deeper than what holds it; a top-level section, a note or a list item in the lead is at level 1.
         * Sections have their own, lower limit of five levels ({@code section.too-deep}).
         *
         * @param maxDepth the deepest nesting allowed, from 1 to {@value ArticleValidator#MAX_MAX_DEPTH};
         *     default {@value ArticleValidator#DEFAULT_MAX_DEPTH}
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1 || maxDepth > MAX_MAX_DEPTH) {
                throw new IllegalArgumentException(
                        "maxDepth must be between 1 and " + MAX_MAX_DEPTH + ", was " + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Sets the cap on the violations of one report, so that a hostile article cannot make a huge one. The
         * report lists the first {@code maxViolations} violations in reading order, then one
         * {@code report.truncated} at the article (an error when any violation left out is one, so
         * {@link ValidationReport#isValid()} is unchanged by the cap).
         *
         * @param maxViolations at least 1; default {@value ArticleValidator#DEFAULT_MAX_VIOLATIONS}
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder maxViolations(int maxViolations) {
            if (maxViolations < 1) {
                throw new IllegalArgumentException("maxViolations must be at least 1, was " + maxViolations);
            }
            this.maxViolations = maxViolations;
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return a new validator with these options
         */
        public ArticleValidator build() {
            return new ArticleValidator(this);
        }
    }
}
