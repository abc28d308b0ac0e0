package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.problems.OptionalApi;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.List;

/**
 * Validates the objects {@code RouteRequest.json(Class)} binds (S-13.5) with Jakarta Validation, when the server has
 * it. The extension does not need the Validation API: without it, or without a provider, bodies are not validated
 * and the API's classes are never loaded ({@link JakartaBodyValidator} is only created by name).
 */
interface BodyValidator {

    /** No validation: the server has no Jakarta Validation. */
    BodyValidator NONE = value -> List.of();

    /**
     * One constraint violation.
     *
     * @param field the property path, such as {@code name} or {@code lines[0].quantity}
     * @param message the constraint's interpolated message
     */
    record Violation(String field, String message) {}

    /** The constraint violations of a bound object, ordered by field; empty when it is valid. */
    List<Violation> validate(Object value);

    /** Jakarta Validation when the application sees its API and a provider, else {@link #NONE}. */
    static BodyValidator find(BeanManager beans) {
        // The API is there but no validator could be built (no provider, or a provider without its EL): say so,
        // since a server and a test would otherwise disagree without a word.
        return OptionalApi.create(
                BodyValidator.class,
                "JakartaBodyValidator",
                beans,
                NONE,
                cause -> RuntimeMessages.noValidator(cause),
                "jakarta.validation.Validator");
    }
}
