package io.routehandlers.tck.security;

import io.routehandlers.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.ws.rs.GET;

/** Nobody may open it. */
@Route("/vault")
@DenyAll
public class Vault {

    @GET
    public String open() {
        return "gold";
    }
}
