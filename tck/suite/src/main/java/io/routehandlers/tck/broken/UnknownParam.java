package io.routehandlers.tck.broken;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A route that must fail deployment; each {@code *Test} of this package deploys one problem. */
@Route("/products/[slug]")
public class UnknownParam {
    @GET
    public String get(@Param("id") String id) {
        return "";
    }
}
