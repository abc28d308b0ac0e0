package io.routehandlers.tck.errors;

import io.routehandlers.RouteExceptionMapper;
import io.routehandlers.RouteResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The most specific mapper of {@link OutOfStock}: 409 with the sku. */
@ApplicationScoped
public class OutOfStockMapper implements RouteExceptionMapper<OutOfStock> {
    @Override
    public RouteResponse toResponse(OutOfStock exception) {
        return RouteResponse.json(Map.of("sku", exception.sku()), 409).header("X-Mapper", "out-of-stock");
    }
}
