package io.routehandlers.tck.filters;

import io.routehandlers.FilterContext;
import io.routehandlers.RouteFilter;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs for the handlers marked {@link Audited} only. */
@ApplicationScoped
@Audited
public class AuditTrail implements RouteFilter {

    @Override
    public void filter(FilterContext context) {
        context.addResponseHeader("X-Audited", context.method() + " " + context.pathname());
    }
}
