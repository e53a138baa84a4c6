package dev.lede.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.lede.Article;
import dev.lede.Block;
import dev.lede.Image;
import dev.lede.Inline;
import dev.lede.ListItem;
import dev.lede.Paragraph;
import dev.lede.Quote;
import dev.lede.Section;
import dev.lede.SummaryRow;
import dev.lede.SummaryTable;
import dev.lede.Table;
import dev.lede.internal.Blank;
import dev.lede.internal.Slugs;
import dev.lede.internal.TableWidths;
import dev.lede.internal.UrlSafety;
import dev.lede.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The rules on the parts below the article: sections ({@code section-id.malformed}, {@code heading.blank}),
 * paragraphs, list items and summary rows not blank, content addresses safe, table rows as wide as the header,
 * summary tables not empty, and images with alt text. Every violation is an error except missing alt text, a
 * warning: its {@linkplain HibernateConstraintValidatorContext#withDynamicPayload dynamic payload} is
 * {@link Severity#WARNING}. One class-level constraint walks the parts once ({@link PartWalk}) rather than
 * Hibernate Validator cascading into every record, which costs reflection and path bookkeeping at each part; a
 * path is built only where a rule fails. Each violation carries its own rule's message, at the path Hibernate
 * Validator would have given a constraint on that part.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ContentRules.Validator.class)
public @interface ContentRules {
    /** Not used: every violation has the message of the rule it breaks. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Walks the article and reports each part that breaks a rule. */
    final class Validator implements ConstraintValidator<ContentRules, Article> {
        @Override
        public boolean isValid(Article article, ConstraintValidatorContext context) {
            Walk walk = new Walk(context);
            walk.walk(article);
            return walk.valid;
        }

        private static final class Walk extends PartWalk {
            private final ConstraintValidatorContext context;
            private boolean valid = true;

            Walk(ConstraintValidatorContext context) {
                super(Integer.MAX_VALUE);
                this.context = context;
            }

            @Override
            void section(Section section) {
                if (!Slugs.isSlug(section.id())) {
                    fail("id", "section-id.malformed");
                }
                if (Blank.isBlank(section.heading())) {
                    fail("heading", "heading.blank");
                }
            }

            @Override
            void paragraph(Paragraph paragraph) {
                if (Blank.isBlank(paragraph.text())) {
                    fail("text", "paragraph.blank");
                }
            }

            /** A list item is judged by the plain text of all its blocks. */
            @Override
            void listItem(ListItem item) {
                for (Block block : item.blocks()) {
                    if (!Blank.isBlank(block)) {
                        return;
                    }
                }
                fail(null, "list-item.blank");
            }

            @Override
            void quote(Quote quote) {
                if (quote.source().isPresent()) {
                    checkUrl(quote.source().get(), "source");
                }
            }

            /** Missing alt text is only a warning here; {@link AltText} makes it an error when publishing. */
            @Override
            void image(Image image) {
                checkUrl(image.src(), "src");
                if (AltText.Validator.missing(image)) {
                    HibernateConstraintValidatorContext hibernate =
                            context.unwrap(HibernateConstraintValidatorContext.class);
                    hibernate.withDynamicPayload(Severity.WARNING);
                    fail("alt", "image.alt-missing");
                    hibernate.withDynamicPayload(null);
                }
            }

            @Override
            void link(Inline.Link link) {
                checkUrl(link.href(), "href");
            }

            /**
             * Every row is as wide as the first header row (or, with no header rows, the first body row). A
             * row's width counts each cell's colspan plus the columns still covered by rowspans of earlier rows
             * in the same group; as in HTML, a rowspan does not reach from the head into the body. Each row of
             * another width is reported on its own.
             */
            @Override
            void table(Table table) {
                long[] headWidths = TableWidths.of(table.head());
                long[] bodyWidths = TableWidths.of(table.body());
                long[] reference = headWidths.length > 0 ? headWidths : bodyWidths;
                if (reference.length > 0) {
                    checkWidths(headWidths, reference[0], "head");
                    checkWidths(bodyWidths, reference[0], "body");
                }
            }

            @Override
            void summaryTable(SummaryTable table) {
                if (table.rows().isEmpty()) {
                    fail("rows", "summary-table.empty");
                }
            }

            @Override
            void summaryRow(SummaryRow row) {
                if (Blank.isBlank(row.aspect())) {
                    fail("aspect", "summary-table.cell-blank");
                }
                if (Blank.isBlank(row.summary())) {
                    fail("summary", "summary-table.cell-blank");
                }
            }

            private void checkUrl(String address, String property) {
                if (!UrlSafety.isSafeContentUrl(address)) {
                    Messages.withParameter(context, "allowed", "relative, or use http, https or mailto");
                    fail(property, "url.unsafe-scheme");
                }
            }

            private void checkWidths(long[] widths, long expected, String group) {
                for (int i = 0; i < widths.length; i++) {
                    if (widths[i] != expected) {
                        Messages.withParameter(context, "width", widths[i]);
                        Messages.withParameter(context, "expected", expected);
                        List<ViolationPaths.Step> steps = steps(null);
                        steps.add(new ViolationPaths.Step(group, i));
                        report(steps, "table.row-width");
                    }
                }
            }

            /** Reports the rule {@code code} at the part's property {@code leaf}, or at the part when null. */
            private void fail(String leaf, String code) {
                report(steps(leaf), code);
            }

            private void report(List<ViolationPaths.Step> steps, String code) {
                ViolationPaths.add(context, Messages.template(code), steps);
                valid = false;
            }
        }
    }
}
