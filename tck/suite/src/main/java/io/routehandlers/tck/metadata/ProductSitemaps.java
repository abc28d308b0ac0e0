package io.routehandlers.tck.metadata;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.metadata.Sitemap;
import io.routehandlers.metadata.SitemapEntry;
import io.routehandlers.metadata.SitemapIds;
import jakarta.ws.rs.GET;
import java.util.List;

/** A sitemap split in two (S-9.2). */
@Route("/products/sitemap.xml")
public class ProductSitemaps {
    @SitemapIds
    public List<String> ids() {
        return List.of("0", "1");
    }

    @GET
    public Sitemap get(@Param("id") String id) {
        return Sitemap.of(SitemapEntry.of("https://example.com/products/" + id));
    }
}
