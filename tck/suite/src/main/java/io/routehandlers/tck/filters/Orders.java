package io.routehandlers.tck.filters;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

/** Orders outside /api: only placing one is audited. */
@Route("/orders")
public class Orders {

    @GET
    public String list() {
        return "orders";
    }

    @Audited
    @POST
    public String place() {
        return "placed";
    }
}
