package dev.lede.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.lede.Article;
import dev.lede.Image;
import dev.lede.internal.Blank;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every image of the article, the hero's included, has alt text that is not {@linkplain Blank blank}; each
 * image without is reported at its {@code alt}. The error of a publishable article: {@link ContentRules}
 * reports the same as a warning in every validation, and the engine keeps the error.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = AltText.Validator.class)
public @interface AltText {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Walks the article's parts to its images. */
    final class Validator implements ConstraintValidator<AltText, Article> {
        /** Whether the image lacks alt text. */
        static boolean missing(Image image) {
            return Blank.isBlank(image.alt());
        }

        @Override
        public boolean isValid(Article article, ConstraintValidatorContext context) {
            boolean[] valid = {true};
            new PartWalk(Integer.MAX_VALUE) {
                @Override
                void image(Image image) {
                    if (missing(image)) {
                        ViolationPaths.add(context, context.getDefaultConstraintMessageTemplate(), steps("alt"));
                        valid[0] = false;
                    }
                }
            }.walk(article);
            return valid[0];
        }
    }
}
