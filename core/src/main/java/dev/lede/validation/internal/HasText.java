package dev.lede.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.lede.ListItem;
import dev.lede.RichText;
import dev.lede.internal.Blank;
import dev.lede.internal.PlainText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The text, rich text or list item holds at least one character that is not {@linkplain Blank blank}. */
@Retention(RUNTIME)
@Target({FIELD, TYPE})
@Constraint(validatedBy = {HasText.ForString.class, HasText.ForRichText.class, HasText.ForListItem.class})
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

    /** Checks rich text by its plain text, so that markup around nothing is still blank. */
    final class ForRichText implements ConstraintValidator<HasText, RichText> {
        @Override
        public boolean isValid(RichText value, ConstraintValidatorContext context) {
            return value == null || !Blank.isBlank(value);
        }
    }

    /** Checks a list item by the plain text of all its blocks. */
    final class ForListItem implements ConstraintValidator<HasText, ListItem> {
        @Override
        public boolean isValid(ListItem value, ConstraintValidatorContext context) {
            return value == null || value.blocks().stream().anyMatch(block -> !Blank.isBlank(PlainText.of(block)));
        }
    }
}
