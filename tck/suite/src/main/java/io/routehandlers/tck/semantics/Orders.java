package io.routehandlers.tck.semantics;

import io.routehandlers.ApiVersion;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** Versions 1, and 2 and later, of one route (S-18.2). */
@Route("/semantics/orders")
public class Orders {

    @GET
    @ApiVersion("1")
    public String v1() {
        return "orders v1";
    }

    @GET
    @ApiVersion("2+")
    public String since2() {
        return "orders v2+";
    }
}
