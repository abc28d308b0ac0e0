package io.routehandlers.tck.filters;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

/** A cached route below /api: a MISS renders, a HIT does not. */
@Route("/api/quotes/[symbol]")
@RouteConfig(revalidate = 3600)
public class Quotes {

    @Inject
    Counts counts;

    @GET
    public String get(@Param("symbol") String symbol) {
        counts.called("quotes");
        return "quote " + symbol;
    }
}
