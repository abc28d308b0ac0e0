package io.routehandlers.tck.filters;

import io.routehandlers.CookieOptions;
import io.routehandlers.CookieStore;
import io.routehandlers.FilterContext;
import io.routehandlers.RouteFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs for the handlers marked {@link Audited} only; it writes a cookie through the injected store. */
@ApplicationScoped
@Audited
public class AuditTrail implements RouteFilter {

    @Inject
    CookieStore cookies;

    @Override
    public void filter(FilterContext context) {
        context.addResponseHeader("X-Audited", context.method() + " " + context.pathname());
        cookies.set("audit", "on", CookieOptions.builder().path("/orders").build());
    }
}
