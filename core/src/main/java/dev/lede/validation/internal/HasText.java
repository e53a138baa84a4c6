package dev.lede.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.lede.internal.Blank;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The text holds at least one character that is not {@linkplain Blank blank}. */
@Retention(RUNTIME)
@Target(FIELD)
@Constraint(validatedBy = HasText.ForString.class)
public @interface HasText {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a string. */
    final class ForString implements ConstraintValidator<HasText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !Blank.isBlank(value);
        }
    }
}
