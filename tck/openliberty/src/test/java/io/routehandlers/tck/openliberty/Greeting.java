package io.routehandlers.tck.openliberty;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A route, deployed to a server that hides the Servlet API from applications. */
@Route("/greeting")
public class Greeting {
    @GET
    public String get() {
        return "hello";
    }
}
