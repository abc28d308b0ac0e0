package io.routehandlers.tck.semantics;

import io.routehandlers.QUERY;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;

/** A cached QUERY route (S-18.3, S-18.4): each body is rendered once, whatever its spacing and member order. */
@Route("/semantics/search")
@RouteConfig(revalidate = 3600)
public class Search {

    @Inject
    Counter counter;

    /** A search. */
    public record Filter(String q, int max) {}

    @QUERY
    @Consumes("application/json")
    public String search(RouteRequest request) {
        Filter filter = request.json(Filter.class);
        return filter.q() + " up to " + filter.max() + ", render " + counter.next("search-" + filter.q());
    }
}
