package io.routehandlers.internal.pipeline;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@link BodyValidator} over Jakarta Validation: the server's {@code Validator} bean (a Jakarta EE server offers
 * one when Validation is on), else the default factory of a provider on the class path (the in-process tester).
 * Created by name only, so that its Validation types are loaded only where they exist.
 */
final class JakartaBodyValidator implements BodyValidator {

    private final Validator validator;

    JakartaBodyValidator(BeanManager beans) {
        Set<Bean<?>> found = beans.getBeans(Validator.class);
        Bean<?> bean = found.isEmpty() ? null : beans.resolve(found); // null when ambiguous: the default factory
        if (bean != null) {
            validator = (Validator) beans.getReference(bean, Validator.class, beans.createCreationalContext(bean));
        } else {
            validator = Validation.buildDefaultValidatorFactory().getValidator(); // no provider: throws, NONE is used
        }
    }

    /**
     * A property path as a client reads it: {@code name}, {@code lines[0].quantity}, {@code tags[1]}; the names of
     * container elements ({@code <list element>}) are left out.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(at == null ? "" : at).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    @Override
    public List<Violation> validate(Object value) {
        Set<ConstraintViolation<Object>> violations = validator.validate(value);
        return violations.stream()
                .map(v -> new Violation(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }
}
