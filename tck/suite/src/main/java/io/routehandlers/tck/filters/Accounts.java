package io.routehandlers.tck.filters;

import io.routehandlers.HeaderStore;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

/** An account below /api: it answers the request headers the filters set, and counts its calls. */
@Route("/api/accounts/[id]")
public class Accounts {

    @Inject
    Counts counts;

    @Inject
    HeaderStore headers;

    @GET
    public RouteResponse get(@Param("id") String id, RouteRequest request) {
        counts.called("accounts");
        return RouteResponse.text("account " + id + " chain="
                + request.headers().get("X-Chain").orElse("none") + " tier="
                + request.headers().get("X-Tier").orElse("none") + " store="
                + headers.get("X-Tier").orElse("none"));
    }
}
