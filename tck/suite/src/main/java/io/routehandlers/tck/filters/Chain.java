package io.routehandlers.tck.filters;

import io.routehandlers.FilterContext;
import io.routehandlers.FilterPaths;
import io.routehandlers.RouteFilter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

/** The second filter below /api: it sees what the first set, and adds to it. */
@ApplicationScoped
@FilterPaths({"/api/accounts/[id]", "/api/quotes/[[...any]]"})
@Priority(200)
public class Chain implements RouteFilter {

    @Override
    public void filter(FilterContext context) {
        context.setRequestHeader("X-Chain", context.headers().get("X-Chain").orElse("none") + ",second");
    }
}
