package dev.lede.validation.internal;

import dev.lede.Article;
import dev.lede.validation.Severity;
import dev.lede.validation.ValidationReport;
import dev.lede.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Runs the rules: the depth check first, then the one Hibernate Validator that every {@code ArticleValidator}
 * shares (built once, when this class is first used), then puts the violations in reading order. A violation is
 * an error unless its rule marks it {@link Severity#WARNING} with Hibernate Validator's dynamic payload (as
 * {@link ContentRules} does for missing alt text). Thread-safe.
 */
public final class Engine {
    private static final ValidatorFactory FACTORY = createFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private Engine() {}

    /** Validates with the default rules, and the publishable ones too when asked. */
    public static ValidationReport validate(Article article, int maxDepth, boolean publishable) {
        PartWalk depth = new PartWalk(maxDepth);
        if (!depth.walk(article)) {
            String message = Messages.text("article.too-deep").replace("{max}", Integer.toString(maxDepth));
            return new ValidationReport(List.of(
                    new Violation(depth.path(), "article.too-deep", message, Severity.ERROR)));
        }
        Set<ConstraintViolation<Article>> found = publishable
                ? VALIDATOR.validate(article, Default.class, Publishable.class)
                : VALIDATOR.validate(article);
        return new ValidationReport(inReadingOrder(article, found));
    }

    private record Found(List<Integer> position, Violation violation) {}

    /**
     * Sorts by position, then code and severity so that the order never depends on the set's; a rule that is a
     * warning by default and an error when publishing is kept once, as the error.
     */
    private static List<Violation> inReadingOrder(Article article, Set<ConstraintViolation<Article>> found) {
        List<Found> sorted = new ArrayList<>(found.size());
        for (ConstraintViolation<Article> violation : found) {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            Severity severity = hibernate.getDynamicPayload(Severity.class) == Severity.WARNING
                    ? Severity.WARNING : Severity.ERROR;
            sorted.add(new Found(Paths.position(article, violation.getPropertyPath()), new Violation(
                    Paths.format(violation.getPropertyPath()), Messages.code(violation.getMessageTemplate()),
                    violation.getMessage(), severity)));
        }
        sorted.sort(Comparator.comparing(Found::position, Paths.READING_ORDER)
                .thenComparing(f -> f.violation().code())
                .thenComparing(f -> f.violation().severity())
                .thenComparing(f -> f.violation().message()));
        List<Violation> violations = new ArrayList<>(sorted.size());
        Set<List<String>> reported = new HashSet<>();
        for (Found f : sorted) {
            if (reported.add(List.of(f.violation().path(), f.violation().code()))) {
                violations.add(f.violation());
            }
        }
        return violations;
    }

    private static ValidatorFactory createFactory() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new Messages());
        return configuration.addMapping(Rules.map(configuration.createConstraintMapping())).buildValidatorFactory();
    }
}
