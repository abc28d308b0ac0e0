package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A route that must fail deployment; each {@code *Test} of this package deploys one problem. */
@Route("/files/[...path]/raw")
public class CatchAllInTheMiddle {
    @GET
    public String get() {
        return "";
    }
}
