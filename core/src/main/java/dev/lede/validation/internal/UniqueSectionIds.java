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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** No two sections of the article, at any depth, share an id; each repeat is reported at its {@code id}. */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = UniqueSectionIds.Validator.class)
public @interface UniqueSectionIds {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Remembers where each id was first seen. */
    final class Validator implements ConstraintValidator<UniqueSectionIds, Article> {
        @Override
        public boolean isValid(Article article, ConstraintValidatorContext context) {
            Map<String, SectionTree.Place> firstPlace = new HashMap<>();
            boolean valid = true;
            for (SectionTree.Place place : SectionTree.places(article.sections())) {
                SectionTree.Place first = firstPlace.putIfAbsent(place.section().id(), place);
                if (first != null) {
                    valid = Messages.withParameter(context, "first", first.path());
                    List<ViolationPaths.Step> steps = new ArrayList<>(place.steps());
                    steps.add(new ViolationPaths.Step("id", ViolationPaths.Step.NO_INDEX));
                    ViolationPaths.add(context, context.getDefaultConstraintMessageTemplate(), steps);
                }
            }
            return valid;
        }
    }
}
