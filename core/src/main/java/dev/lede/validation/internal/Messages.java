package dev.lede.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Messages of the validator. A rule's template is its code in braces with a {@code lede.} prefix
 * ({@code {lede.title.blank}}); the text comes from this library's own bundle (not {@code ValidationMessages},
 * which belongs to the application), then {@link ParameterMessageInterpolator} fills in parameters such as
 * {@code {max}}. There is no Expression Language on the path, so nothing in a message is ever evaluated.
 */
final class Messages implements MessageInterpolator {
    private static final Pattern TEMPLATE = Pattern.compile("\\{lede\\.([a-z-]+(?:\\.[a-z-]+)*)}");
    /**
     * The texts, read as properties from this package rather than as a resource bundle: a named module may not
     * pass its own {@code ResourceBundle.Control}, and there is one locale.
     */
    private static final Properties TEXTS = load();

    private final MessageInterpolator parameters =
            new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false);

    /** The template of the rule with this code. */
    static String template(String code) {
        return "{lede." + code + "}";
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("dev/lede/validation/internal/messages.properties is missing");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** The message of the rule with this code, before its parameters are filled in. */
    static String text(String code) {
        String text = TEXTS.getProperty("lede." + code);
        if (text == null) {
            throw new IllegalStateException("no message for " + code);
        }
        return text;
    }

    /**
     * The message of the rule with this code, its parameters filled in from {@code parameters}: names and values
     * in turn. For the rules that report {@link dev.lede.validation.Violation}s themselves, without Hibernate
     * Validator.
     */
    static String format(String code, Object... parameters) {
        String text = text(code);
        for (int i = 0; i < parameters.length; i += 2) {
            text = text.replace("{" + parameters[i] + "}", String.valueOf(parameters[i + 1]));
        }
        return text;
    }

    /** The code of the rule with this template; throws when the template is not one of ours. */
    static String code(String template) {
        Matcher matcher = TEMPLATE.matcher(template);
        if (!matcher.matches()) {
            throw new IllegalStateException("not a Lede message template: " + template);
        }
        return matcher.group(1);
    }

    /** Adds a parameter to the violation about to be reported and returns false, for use in isValid. */
    static boolean withParameter(ConstraintValidatorContext context, String name, Object value) {
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter(name, value);
        return false;
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.ROOT);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return parameters.interpolate(text(code(template)), context, Locale.ROOT);
    }
}
