package dev.lede.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.lede.internal.Slugs;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The section id has the shape the builders give ids, per {@link Slugs#isSlug}. */
@Retention(RUNTIME)
@Target(FIELD)
@Constraint(validatedBy = Slug.Validator.class)
public @interface Slug {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to {@link Slugs#isSlug}. */
    final class Validator implements ConstraintValidator<Slug, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Slugs.isSlug(value);
        }
    }
}
