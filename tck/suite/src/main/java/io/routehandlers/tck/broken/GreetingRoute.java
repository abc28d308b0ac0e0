package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A route that must fail deployment; each {@code *Test} of this package deploys one problem. */
@Route("/servlet/greeting")
public class GreetingRoute {
    @GET
    public String get() {
        return "";
    }
}
