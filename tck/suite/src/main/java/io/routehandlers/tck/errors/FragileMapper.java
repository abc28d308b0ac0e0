package io.routehandlers.tck.errors;

import io.routehandlers.RouteExceptionMapper;
import io.routehandlers.RouteResponse;
import jakarta.enterprise.context.ApplicationScoped;

/** A mapper that fails: the plain empty 500. */
@ApplicationScoped
public class FragileMapper implements RouteExceptionMapper<FragileException> {
    @Override
    public RouteResponse toResponse(FragileException exception) {
        throw new IllegalStateException("the mapper broke");
    }
}
