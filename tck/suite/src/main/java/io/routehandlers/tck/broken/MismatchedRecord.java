package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import io.routehandlers.RouteContext;
import jakarta.ws.rs.GET;

/** A route that must fail deployment; each {@code *Test} of this package deploys one problem. */
@Route("/users/[userId]")
public class MismatchedRecord {
    public record UserParams(String id) {}

    @GET
    public String get(RouteContext<UserParams> ctx) {
        return "";
    }
}
