package dev.lede.validation.internal;

import dev.lede.Article;
import dev.lede.Metadata;
import dev.lede.Publisher;
import jakarta.validation.valueextraction.Unwrapping;
import java.lang.annotation.Annotation;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.SizeDef;

/**
 * The rules of the article and its metadata that Hibernate Validator checks, mapped onto the model with its
 * programmatic API so that the model carries no validation annotations. Constraints go on record fields
 * (Hibernate Validator reads record accessors such as {@code title()} as plain methods, not getters), so each
 * rule is checked once and its path is the component's name. Each of these rules fails at most once per
 * article: the rules that may fail any number of times (on the parts below the article, on the authors'
 * addresses, on lone surrogates) are {@link ContentCheck}'s and {@link Engine}'s, because Hibernate Validator's
 * set of violations costs quadratic time in their number and its cascade into every record costs several
 * times a JSON read of the article.
 */
final class Rules {
    /** The longest title allowed, in UTF-16 code units ({@link String#length()}). */
    static final int MAX_TITLE_LENGTH = 300;

    private Rules() {}

    static ConstraintMapping map(ConstraintMapping mapping) {
        mapping.type(Article.class)
                .constraint(rule(new GenericConstraintDef<>(HasContent.class), "content.missing")
                        .groups(Publishable.class))
                .field("metadata").valid()
                .field("hero").constraint(present("hero.missing"));
        mapping.type(Metadata.class)
                .constraint(rule(new GenericConstraintDef<>(DatesInOrder.class), "dates.out-of-order"))
                .field("title")
                .constraint(rule(new GenericConstraintDef<>(HasText.class), "title.blank"))
                .constraint(rule(new SizeDef().max(MAX_TITLE_LENGTH), "title.too-long"))
                .field("publisher").constraint(present("publisher.missing"))
                .containerElementType().valid()
                .field("published").constraint(present("published.missing"))
                .field("language").containerElementType()
                .constraint(rule(new GenericConstraintDef<>(LanguageTag.class), "language.malformed"))
                .field("canonicalUrl").containerElementType().constraint(url());
        mapping.type(Publisher.class).field("url").containerElementType().constraint(url());
        return mapping;
    }

    /** The optional value is present: {@code @NotNull} applied to the value inside the {@code Optional}. */
    private static NotNullDef present(String code) {
        return rule(new NotNullDef(), code).groups(Publishable.class).payload(Unwrapping.Unwrap.class);
    }

    /** An address of the metadata: the parts below the article are {@link ContentCheck}'s. */
    private static GenericConstraintDef<SafeUrl> url() {
        return rule(new GenericConstraintDef<>(SafeUrl.class), "url.unsafe-scheme");
    }

    private static <C extends ConstraintDef<C, A>, A extends Annotation> C rule(C definition, String code) {
        return definition.message(Messages.template(code));
    }
}
