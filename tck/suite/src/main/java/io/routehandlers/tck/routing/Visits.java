package io.routehandlers.tck.routing;

import io.routehandlers.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;

/** A request-scoped route: its counter starts again with every request. */
@RequestScoped
@Route("/visits")
public class Visits {

    private int count;

    @GET
    public String get() {
        return "visit " + (++count);
    }
}
