package dev.lede.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
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
    /** One step down: the list-valued property and the index in it. */
    record Step(String property, int index) {}

    private ViolationPaths() {}

    /**
     * Adds a violation with the constraint's own template at {@code steps}, then {@code leaf} (a property of
     * the element reached), or at the element itself when {@code leaf} is null.
     */
    static void add(ConstraintValidatorContext context, List<Step> steps, String leaf) {
        ConstraintViolationBuilder builder =
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
        NodeBuilderCustomizableContext first = builder.addPropertyNode(steps.get(0).property());
        NodeBuilderDefinedContext last = null;
        for (int i = 1; i < steps.size(); i++) {
            String property = steps.get(i).property();
            NodeBuilderCustomizableContext next =
                    last == null ? first.addPropertyNode(property) : last.addPropertyNode(property);
            last = next.inIterable().atIndex(steps.get(i - 1).index());
        }
        int index = steps.get(steps.size() - 1).index();
        if (leaf != null) {
            NodeBuilderCustomizableContext node = last == null ? first.addPropertyNode(leaf) : last.addPropertyNode(leaf);
            node.inIterable().atIndex(index).addConstraintViolation();
        } else {
            LeafNodeBuilderCustomizableContext node = last == null ? first.addBeanNode() : last.addBeanNode();
            node.inIterable().atIndex(index).addConstraintViolation();
        }
        context.disableDefaultConstraintViolation();
    }
}
