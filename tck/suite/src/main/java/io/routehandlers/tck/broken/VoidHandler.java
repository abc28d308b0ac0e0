package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.ws.rs.POST;

/** A route that must fail deployment; each {@code *Test} of this package deploys one problem. */
@Route("/fire-and-forget")
public class VoidHandler {
    @POST
    public void post(RouteRequest request) {}
}
