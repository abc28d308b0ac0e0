package io.routehandlers.tck.cors;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

@Route("/orders")
public class Orders {
    @GET
    public RouteResponse list() {
        return RouteResponse.text("orders").header("X-Total", "2");
    }

    @POST
    public RouteResponse create() {
        return RouteResponse.status(201);
    }
}
