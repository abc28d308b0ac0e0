package io.routehandlers.tck.security;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;

/** Admins only, except the list, which anyone may read: the method's annotation wins. */
@Route("/receipts")
@RolesAllowed("admin")
public class Receipts {

    @GET
    @PermitAll
    public String list() {
        return "receipts";
    }

    @DELETE
    public RouteResponse clear() {
        return RouteResponse.status(204);
    }
}
