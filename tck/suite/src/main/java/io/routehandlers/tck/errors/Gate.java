package io.routehandlers.tck.errors;

import io.routehandlers.FilterContext;
import io.routehandlers.FilterPaths;
import io.routehandlers.RouteFilter;
import jakarta.enterprise.context.ApplicationScoped;

/** A filter that throws: its exception is mapped as a handler's. */
@ApplicationScoped
@FilterPaths("/shop/guarded")
public class Gate implements RouteFilter {
    @Override
    public void filter(FilterContext context) {
        throw new OutOfStock("gate");
    }
}
