package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import io.routehandlers.metadata.Sitemap;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;

@Route("/sitemap.xml")
public class PostedSitemap {
    @GET
    public Sitemap get() {
        return Sitemap.of();
    }

    @PUT
    public Sitemap put() {
        return Sitemap.of();
    }
}
