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

/** The article has a lead or at least one section. */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = HasContent.Validator.class)
public @interface HasContent {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks at the lead and the sections, not at whether they hold text (other rules judge that). */
    final class Validator implements ConstraintValidator<HasContent, Article> {
        @Override
        public boolean isValid(Article article, ConstraintValidatorContext context) {
            return article == null || !article.lead().isEmpty() || !article.sections().isEmpty();
        }
    }
}
