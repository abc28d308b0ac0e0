package io.routehandlers.tck.routing;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

@Route("/sitemap.xml")
public class Sitemap {
    @GET
    public String get() {
        return "sitemap";
    }
}
