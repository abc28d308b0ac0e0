package io.routehandlers.tck.routing;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

@Route("/%5Fstatus")
public class Underscore {
    @GET
    public String get() {
        return "literal underscore";
    }
}
