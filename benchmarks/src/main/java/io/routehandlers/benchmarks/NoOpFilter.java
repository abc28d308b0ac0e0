package io.routehandlers.benchmarks;

import io.routehandlers.FilterContext;
import io.routehandlers.FilterPaths;
import io.routehandlers.RouteFilter;
import io.routehandlers.RouteOutcome;
import jakarta.enterprise.context.ApplicationScoped;

/** A filter that does nothing, before and after: what the filter chain itself costs a route. */
@ApplicationScoped
@FilterPaths("/filtered/[...rest]")
public class NoOpFilter implements RouteFilter {

    @Override
    public void filter(FilterContext context) {}

    @Override
    public void completed(RouteOutcome outcome) {}
}
