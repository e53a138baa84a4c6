package dev.lede.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.lede.Article;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Sections nest at most {@link #max()} levels, so that every heading has an HTML level ({@code h2} to
 * {@code h6} for the default of five). Only the first section too deep is reported, at the section itself.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = SectionDepth.Validator.class)
public @interface SectionDepth {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int max() default 5;

    /** Finds the first section deeper than the maximum. */
    final class Validator implements ConstraintValidator<SectionDepth, Article> {
        private int max;

        @Override
        public void initialize(SectionDepth constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(Article article, ConstraintValidatorContext context) {
            for (SectionTree.Place place : SectionTree.places(article.sections())) {
                if (place.depth() > max) {
                    ViolationPaths.add(context, context.getDefaultConstraintMessageTemplate(), place.steps());
                    return false;
                }
            }
            return true;
        }
    }
}
