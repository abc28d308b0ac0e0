package io.routehandlers.tck.filters;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

/** Answers what {@link Counts} holds: a handler's calls, and the outcomes reported, one per line. */
@Route("/tally")
public class Tally {

    @Inject
    Counts counts;

    @GET
    public String outcomes() {
        return String.join("\n", counts.outcomes());
    }

    /** The calls of one route's handler. */
    @Route("/tally/calls/[route]")
    public static class Calls {
        @Inject
        Counts counts;

        @GET
        public String get(@Param("route") String route) {
            return Integer.toString(counts.calls(route));
        }
    }
}
