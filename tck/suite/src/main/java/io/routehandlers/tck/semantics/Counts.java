package io.routehandlers.tck.semantics;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

/** How often a counted handler ran, for the tests. */
@Route("/semantics/counts/[name]")
public class Counts {

    @Inject
    Counter counter;

    @GET
    public String get(@Param("name") String name) {
        return Integer.toString(counter.count(name));
    }
}
