package io.routehandlers.tck.errors;

import io.routehandlers.RouteExceptionMapper;
import io.routehandlers.RouteResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** A catch-all of unchecked exceptions, which must not see the extension's own answers (404, 400). */
@ApplicationScoped
public class EverythingMapper implements RouteExceptionMapper<RuntimeException> {
    @Override
    public RouteResponse toResponse(RuntimeException exception) {
        return RouteResponse.json(Map.of("error", "unexpected"), 500);
    }
}
