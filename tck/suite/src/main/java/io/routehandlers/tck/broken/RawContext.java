package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import io.routehandlers.RouteContext;
import jakarta.ws.rs.GET;

/** A route that must fail deployment; each {@code *Test} of this package deploys one problem. */
@Route("/raw")
public class RawContext {
    @GET
    @SuppressWarnings("rawtypes")
    public String get(RouteContext ctx) {
        return "";
    }
}
