package io.routehandlers.tck.methods;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

@Route("/notes")
public class Notes {
    @GET
    public RouteResponse list() {
        return RouteResponse.text("notes").header("X-Notes", "3");
    }

    @POST
    public RouteResponse add() {
        return RouteResponse.status(201);
    }
}
