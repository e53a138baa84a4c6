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
 * The address has an allowed scheme, judged by {@link UrlSafety}: a content address (a string: link, image or
 * quote source) is relative or http, https or mailto; a metadata address (a {@link URI}) is absolute http or
 * https.
 */
@Retention(RUNTIME)
@Target({FIELD, TYPE_USE})
@Constraint(validatedBy = {SafeUrl.ForContent.class, SafeUrl.ForMetadata.class})
public @interface SafeUrl {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a link target, image source or quote source. */
    final class ForContent implements ConstraintValidator<SafeUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || UrlSafety.isSafeContentUrl(value)
                    || Messages.withParameter(context, "allowed", "relative, or use http, https or mailto");
        }
    }

    /** Checks a canonical, contributor or publisher address. */
    final class ForMetadata implements ConstraintValidator<SafeUrl, URI> {
        @Override
        public boolean isValid(URI value, ConstraintValidatorContext context) {
            return value == null || UrlSafety.isWebUrl(value.toString())
                    || Messages.withParameter(context, "allowed", "absolute, and use http or https");
        }
    }
}
