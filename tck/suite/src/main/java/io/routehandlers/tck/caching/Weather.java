package io.routehandlers.tck.caching;

import io.routehandlers.HeaderStore;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;

/** An auto route with a revalidate that reads a header: its answers must never be shared. */
@Route("/weather")
@RouteConfig(revalidate = 60)
public class Weather {

    @GET
    public String get(HeaderStore headers) {
        return "weather in " + headers.get("x-city").orElse("nowhere");
    }
}
