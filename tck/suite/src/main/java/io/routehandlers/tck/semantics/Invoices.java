package io.routehandlers.tck.semantics;

import io.routehandlers.ApiVersion;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A route that came with version 3: earlier versions have no such route (S-18.2). */
@Route("/semantics/invoices")
public class Invoices {

    @GET
    @ApiVersion("3")
    public String v3() {
        return "invoices v3";
    }
}
