package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;

/** {@code @RolesAllowed("")}: protected by a role nobody can have (RH-042). */
@Route("/ledger")
public class NamelessRole {
    @GET
    @RolesAllowed("")
    public String get() {
        return "ledger";
    }
}
