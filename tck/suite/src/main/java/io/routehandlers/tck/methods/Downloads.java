package io.routehandlers.tck.methods;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;

@Route("/downloads/[name]")
public class Downloads {
    @GET
    public String get(@Param("name") String name) {
        return "content of " + name;
    }

    @HEAD
    public RouteResponse head(@Param("name") String name) {
        return RouteResponse.status(200).header("X-Head", "explicit " + name);
    }
}
