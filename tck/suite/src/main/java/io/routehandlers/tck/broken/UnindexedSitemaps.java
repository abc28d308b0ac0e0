package io.routehandlers.tck.broken;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.metadata.Sitemap;
import io.routehandlers.metadata.SitemapIds;
import jakarta.ws.rs.GET;
import java.util.List;

@Route("/sitemap.xml")
public class UnindexedSitemaps {
    @SitemapIds
    public List<String> ids() {
        return List.of("0");
    }

    @GET
    public Sitemap get(@Param("id") String id) {
        return Sitemap.of();
    }
}
