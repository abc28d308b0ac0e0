package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A route that must fail deployment; each {@code *Test} of this package deploys one problem. */
@Route("/sessions")
public class UnsupportedParameter {
    @GET
    public String get(java.util.Map<String, String> query) {
        return "";
    }
}
