package io.routehandlers.tck.semantics;

import io.routehandlers.QUERY;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.ws.rs.GET;

/** A dynamic route with GET and QUERY (S-18.3): the QUERY handler reads the body. */
@Route("/semantics/lookup")
public class Lookup {

    @GET
    public String get() {
        return "send a QUERY";
    }

    @QUERY
    public String query(RouteRequest request) {
        return "looked up " + request.text();
    }
}
