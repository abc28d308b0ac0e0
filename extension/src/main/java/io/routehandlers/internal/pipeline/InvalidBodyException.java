package io.routehandlers.internal.pipeline;

import io.routehandlers.BadRequestException;
import java.util.List;

/**
 * A JSON body that Jakarta Validation rejects (S-13.5): a {@link BadRequestException}, so a handler that catches
 * those catches it too, answered {@code 400} as {@code application/problem+json} with its violations.
 */
final class InvalidBodyException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final transient List<BodyValidator.Violation> violations;

    InvalidBodyException(Class<?> type, List<BodyValidator.Violation> violations) {
        super("Invalid JSON body for " + type.getName() + ": " + violations);
        this.violations = List.copyOf(violations);
    }

    List<BodyValidator.Violation> violations() {
        return violations;
    }
}
