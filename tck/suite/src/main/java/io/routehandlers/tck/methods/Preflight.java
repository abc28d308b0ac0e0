package io.routehandlers.tck.methods;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;

@Route("/preflight")
public class Preflight {
    @GET
    public String get() {
        return "data";
    }

    @OPTIONS
    public RouteResponse options() {
        return RouteResponse.status(200).header("Access-Control-Allow-Origin", "https://example.com");
    }
}
