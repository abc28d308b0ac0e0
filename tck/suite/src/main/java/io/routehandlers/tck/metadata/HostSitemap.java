package io.routehandlers.tck.metadata;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.metadata.Sitemap;
import io.routehandlers.metadata.SitemapEntry;
import jakarta.ws.rs.GET;

/** A sitemap built from a request header: dynamic (S-9.6). */
@Route("/tenants/sitemap.xml")
public class HostSitemap {
    @GET
    public Sitemap get(RouteRequest request) {
        return Sitemap.of(
                SitemapEntry.of("https://" + request.headers().get("X-Tenant").orElse("none") + ".example/"));
    }
}
