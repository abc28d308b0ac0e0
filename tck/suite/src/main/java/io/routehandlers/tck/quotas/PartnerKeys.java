package io.routehandlers.tck.quotas;

import io.routehandlers.FilterContext;
import io.routehandlers.FilterPaths;
import io.routehandlers.RouteFilter;
import jakarta.enterprise.context.ApplicationScoped;

/** Applies the named limit {@code partners} per {@code X-Api-Key}, else per client address. */
@ApplicationScoped
@FilterPaths("/quota/partner")
public class PartnerKeys implements RouteFilter {

    @Override
    public void filter(FilterContext context) {
        String key = context.headers().get("X-Api-Key").orElse(context.clientAddress());
        if (!context.rateLimit("partners", key)) {
            return;
        }
        context.addResponseHeader("X-Partner", key);
    }
}
