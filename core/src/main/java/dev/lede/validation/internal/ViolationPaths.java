package dev.lede.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;

/**
 * Reports a violation of a class-level constraint at a node below the validated object, such as
 * {@code sections[1].subsections[0].id} from the article, through Hibernate Validator's node builders so that
 * the path is an ordinary {@link jakarta.validation.Path}.
 */
final class ViolationPaths {
    /** One step down: a property, and the index in it when it is a list. */
    record Step(String property, int index) {
        /** The index of a step into a property that is not a list. */
        static final int NO_INDEX = -1;

        boolean indexed() {
            return index != NO_INDEX;
        }
    }

    private ViolationPaths() {}

    /**
     * Adds a violation with {@code template} at the end of {@code steps} (not empty): at the element itself when
     * the last step is into a list, else at the last property. In Hibernate Validator's paths a list index
     * belongs to the node after the list's, so each index is set on the next node, or on a bean node at the end.
     */
    static void add(ConstraintValidatorContext context, String template, List<Step> steps) {
        NodeBuilderCustomizableContext open =
                context.buildConstraintViolationWithTemplate(template).addPropertyNode(steps.get(0).property());
        NodeBuilderDefinedContext indexed = null;
        for (int i = 1; i < steps.size(); i++) {
            NodeBuilderCustomizableContext next = open != null
                    ? open.addPropertyNode(steps.get(i).property())
                    : indexed.addPropertyNode(steps.get(i).property());
            Step previous = steps.get(i - 1);
            open = previous.indexed() ? null : next;
            indexed = previous.indexed() ? next.inIterable().atIndex(previous.index()) : null;
        }
        Step last = steps.get(steps.size() - 1);
        if (last.indexed()) {
            LeafNodeBuilderCustomizableContext element = open != null ? open.addBeanNode() : indexed.addBeanNode();
            element.inIterable().atIndex(last.index()).addConstraintViolation();
        } else if (open != null) {
            open.addConstraintViolation();
        } else {
            indexed.addConstraintViolation();
        }
        context.disableDefaultConstraintViolation();
    }
}
