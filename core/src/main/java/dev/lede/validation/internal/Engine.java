package dev.lede.validation.internal;

import dev.lede.Article;
import dev.lede.Contributor;
import dev.lede.Metadata;
import dev.lede.internal.Surrogates;
import dev.lede.internal.UrlSafety;
import dev.lede.validation.Severity;
import dev.lede.validation.ValidationReport;
import dev.lede.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;

/**
 * Runs the rules: a walk of the article's parts that checks the depth limit, then one that checks the content
 * rules ({@link ContentCheck}), the one Hibernate Validator that every {@code ArticleValidator} shares (built once,
 * when this class is first used) for the article's and metadata's own few rules, and the checks of the
 * metadata's lists and strings; then puts the violations in reading order and caps their number. Thread-safe.
 */
public final class Engine {
    private static final ValidatorFactory FACTORY = createFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final String WEB_URLS = "absolute, and use http or https";

    private Engine() {}

    /** A violation and its position in reading order, as {@link Paths#READING_ORDER} compares them. */
    record Found(int[] position, Violation violation) {}

    /**
     * Validates with the default rules, and the publishable ones too when asked; reports at most
     * {@code maxViolations}, then one {@code report.truncated}.
     */
    public static ValidationReport validate(Article article, int maxDepth, boolean publishable, int maxViolations) {
        // The depth first, on its own: the content rules' blankness checks recurse once per level.
        String tooDeep = tooDeep(article, maxDepth);
        if (tooDeep != null) {
            return new ValidationReport(List.of(new Violation(tooDeep, "article.too-deep",
                    Messages.format("article.too-deep", "max", maxDepth), Severity.ERROR)));
        }
        List<Found> found = new ArrayList<>();
        new ContentCheck(found, publishable).walk(article);
        Set<ConstraintViolation<Article>> constraints = publishable
                ? VALIDATOR.validate(article, Default.class, Publishable.class)
                : VALIDATOR.validate(article);
        for (ConstraintViolation<Article> violation : constraints) {
            found.add(new Found(Paths.position(article, violation.getPropertyPath()), new Violation(
                    Paths.format(violation.getPropertyPath()), Messages.code(violation.getMessageTemplate()),
                    violation.getMessage(), Severity.ERROR)));
        }
        authorUrls(article.metadata(), found);
        loneSurrogates(article.metadata(), "metadata", new int[] {Paths.componentIndex(Article.class, "metadata")},
                found);
        return new ValidationReport(inReadingOrder(found, maxViolations));
    }

    /**
     * The path of the first part of the article nested deeper than {@code maxDepth}, as {@code article.too-deep}
     * reports it, or null when there is none: for writers, which refuse what no reader would accept.
     */
    public static String tooDeep(Article article, int maxDepth) {
        PartWalk depth = new PartWalk(maxDepth);
        return depth.walk(article) ? null : depth.path();
    }

    /** Each author's address, checked here rather than by Hibernate Validator, as there may be any number. */
    private static void authorUrls(Metadata metadata, List<Found> found) {
        List<Contributor> authors = metadata.authors();
        for (int i = 0; i < authors.size(); i++) {
            Optional<URI> url = authors.get(i).url();
            if (url.isPresent() && !UrlSafety.isWebUrl(url.get().toString())) {
                found.add(new Found(new int[] {Paths.componentIndex(Article.class, "metadata"),
                        Paths.componentIndex(Metadata.class, "authors"), i,
                        Paths.componentIndex(Contributor.class, "url")},
                        new Violation("metadata.authors[" + i + "].url", "url.unsafe-scheme",
                                Messages.format("url.unsafe-scheme", "allowed", WEB_URLS), Severity.ERROR)));
            }
        }
    }

    /**
     * Reports each string of the metadata that holds a lone surrogate, found through the records' components so
     * that every string is checked, whatever the metadata holds: its own, its contributors', its lists'.
     */
    private static void loneSurrogates(Object value, String path, int[] position, List<Found> found) {
        if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                loneSurrogates(optional.get(), path, position, found);
            }
        } else if (value instanceof String || value instanceof URI) {
            if (Surrogates.hasLone(value.toString())) {
                found.add(new Found(position, new Violation(path, "text.lone-surrogate",
                        Messages.format("text.lone-surrogate"), Severity.ERROR)));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                loneSurrogates(list.get(i), path + "[" + i + "]", Paths.append(position, i), found);
            }
        } else if (value instanceof Record record) {
            Paths.components(record, (name, index, component) -> loneSurrogates(component, path + "." + name,
                    Paths.append(position, index), found));
        }
    }

    /**
     * Sorts by position, then code and severity so that the order never depends on the rules'; a violation
     * found twice at one path (the same object used twice) is kept once, and an error is kept before a warning.
     * After {@code max} violations, one {@code report.truncated} stands for the rest: an error if any of them is.
     */
    private static List<Violation> inReadingOrder(List<Found> found, int max) {
        found.sort(Comparator.comparing(Found::position, Paths.READING_ORDER)
                .thenComparing(f -> f.violation().code())
                .thenComparing(f -> f.violation().severity())
                .thenComparing(f -> f.violation().message()));
        List<Violation> violations = new ArrayList<>(Math.min(found.size(), max));
        Set<List<String>> reported = new HashSet<>();
        Severity omitted = null;
        for (Found f : found) {
            Violation violation = f.violation();
            if (reported.add(List.of(violation.path(), violation.code()))) {
                if (violations.size() < max) {
                    violations.add(violation);
                } else if (omitted != Severity.ERROR) {
                    omitted = violation.severity();
                }
            }
        }
        if (omitted != null) {
            violations.add(new Violation("", "report.truncated", Messages.format("report.truncated", "max", max),
                    omitted));
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
