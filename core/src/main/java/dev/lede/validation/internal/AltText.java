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
 * image without is reported at its {@code alt}. A constraint of its own, apart from {@link ContentRules},
 * because its severity depends on the group: a warning by default, an error when publishing.
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
        @Override
        public boolean isValid(Article article, ConstraintValidatorContext context) {
            boolean[] valid = {true};
            new PartWalk(Integer.MAX_VALUE) {
                @Override
                void image(Image image, Place place) {
                    if (Blank.isBlank(image.alt())) {
                        ViolationPaths.add(context, context.getDefaultConstraintMessageTemplate(), place.steps("alt"));
                        valid[0] = false;
                    }
                }
            }.walk(article);
            return valid[0];
        }
    }
}
