package io.routehandlers.tck.routing;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A route with no scope annotation: application scoped, so its counter keeps growing. */
@Route("/counter")
public class Counter {

    private int count;

    @GET
    public synchronized String get() {
        return "count " + (++count);
    }
}
