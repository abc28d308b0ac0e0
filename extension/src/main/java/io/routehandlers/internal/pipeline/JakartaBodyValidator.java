package io.routehandlers.internal.pipeline;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.validation.ConstraintViolation;
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
        if (!found.isEmpty()) {
            Bean<?> bean = beans.resolve(found);
            validator = (Validator) beans.getReference(bean, Validator.class, beans.createCreationalContext(bean));
        } else {
            validator = Validation.buildDefaultValidatorFactory().getValidator(); // no provider: throws, NONE is used
        }
    }

    @Override
    public List<Violation> validate(Object value) {
        Set<ConstraintViolation<Object>> violations = validator.validate(value);
        return violations.stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }
}
