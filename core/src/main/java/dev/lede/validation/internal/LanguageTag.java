package dev.lede.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.lede.internal.LanguageTags;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;

/** The string is a well-formed BCP 47 language tag, as {@link Locale.Builder#setLanguageTag} reads one. */
@Retention(RUNTIME)
@Target({FIELD, TYPE_USE})
@Constraint(validatedBy = LanguageTag.Validator.class)
public @interface LanguageTag {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Parses the tag; an empty tag is malformed although {@code Locale.Builder} accepts it. */
    final class Validator implements ConstraintValidator<LanguageTag, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || LanguageTags.parse(value).isPresent();
        }
    }
}
