package io.routehandlers.tck.log;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

/** A dynamic route with two methods, not cached. */
@Route("/ferries/[id]")
public class Ferries {
    @GET
    public String get(@Param("id") String id) {
        return "ferry " + id;
    }

    @POST
    public String post(@Param("id") String id) {
        return "booked " + id;
    }
}
