package dev.lede.validation.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.lede.internal.UrlSafety;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;

/**
 * The metadata address is absolute http or https, judged by {@link UrlSafety}. Content addresses (link, image
 * and quote source) are checked by {@link ContentCheck}.
 */
@Retention(RUNTIME)
@Target({FIELD, TYPE_USE})
@Constraint(validatedBy = SafeUrl.ForMetadata.class)
public @interface SafeUrl {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a canonical, contributor or publisher address. */
    final class ForMetadata implements ConstraintValidator<SafeUrl, URI> {
        @Override
        public boolean isValid(URI value, ConstraintValidatorContext context) {
            return value == null || UrlSafety.isWebUrl(value.toString())
                    || Messages.withParameter(context, "allowed", "absolute, and use http or https");
        }
    }
}
