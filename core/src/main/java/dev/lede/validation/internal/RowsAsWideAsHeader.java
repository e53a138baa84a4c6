package dev.lede.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.lede.Table;
import dev.lede.TableCell;
import dev.lede.TableRow;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row of the table is as wide as the first header row (or, with no header rows, the first body row).
 * A row's width counts each cell's colspan plus the columns still covered by rowspans of earlier rows in the
 * same group; as in HTML, a rowspan does not reach from the head into the body. Each row of another width is
 * reported on its own.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = RowsAsWideAsHeader.Validator.class)
public @interface RowsAsWideAsHeader {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Computes the widths group by group. */
    final class Validator implements ConstraintValidator<RowsAsWideAsHeader, Table> {
        @Override
        public boolean isValid(Table table, ConstraintValidatorContext context) {
            if (table == null) {
                return true;
            }
            long[] headWidths = widths(table.head());
            long[] bodyWidths = widths(table.body());
            long[] reference = headWidths.length > 0 ? headWidths : bodyWidths;
            if (reference.length == 0) {
                return true;
            }
            boolean valid = check(headWidths, reference[0], "head", context);
            return check(bodyWidths, reference[0], "body", context) && valid;
        }

        private static boolean check(long[] widths, long expected, String group, ConstraintValidatorContext context) {
            boolean valid = true;
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] != expected) {
                    Messages.withParameter(context, "width", widths[i]);
                    valid = Messages.withParameter(context, "expected", expected);
                    ViolationPaths.add(context, List.of(new ViolationPaths.Step(group, i)), null);
                }
            }
            return valid;
        }

        /** Widths in {@code long}: colspans are unbounded ints, and their sum must not overflow. */
        private static long[] widths(List<TableRow> rows) {
            long[] widths = new long[rows.size()];
            List<long[]> spanning = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                long width = 0;
                for (long[] span : spanning) {
                    width += span[0];
                }
                spanning.removeIf(span -> --span[1] == 0);
                for (TableCell cell : rows.get(r).cells()) {
                    width += cell.colspan();
                    if (cell.rowspan() > 1) {
                        spanning.add(new long[] {cell.colspan(), cell.rowspan() - 1});
                    }
                }
                widths[r] = width;
            }
            return widths;
        }
    }
}
