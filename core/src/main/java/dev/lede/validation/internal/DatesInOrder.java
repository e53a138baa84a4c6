package dev.lede.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.lede.Metadata;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The article was not published after it was last modified, comparing instants (so offsets do not matter).
 * Reported at {@code published}.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = DatesInOrder.Validator.class)
public @interface DatesInOrder {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Compares the two dates when both are present. */
    final class Validator implements ConstraintValidator<DatesInOrder, Metadata> {
        @Override
        public boolean isValid(Metadata metadata, ConstraintValidatorContext context) {
            if (metadata == null || metadata.published().isEmpty() || metadata.modified().isEmpty()
                    || !metadata.published().get().isAfter(metadata.modified().get())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("published").addConstraintViolation();
            return false;
        }
    }
}
