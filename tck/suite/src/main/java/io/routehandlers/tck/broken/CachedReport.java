package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;

/** Cached and protected: a shared cache would hand the admins' answer to everyone (RH-041). */
@Route("/board-report")
@RouteConfig(revalidate = 60)
@RolesAllowed("admin")
public class CachedReport {
    @GET
    public String get() {
        return "board report";
    }
}
