package io.routehandlers.tck.errors;

import io.routehandlers.RouteExceptionMapper;
import io.routehandlers.RouteResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The mapper of every other {@link ShopException}: 422 with its message. */
@ApplicationScoped
public class ShopMapper implements RouteExceptionMapper<ShopException> {
    @Override
    public RouteResponse toResponse(ShopException exception) {
        return RouteResponse.json(Map.of("error", exception.getMessage()), 422);
    }
}
