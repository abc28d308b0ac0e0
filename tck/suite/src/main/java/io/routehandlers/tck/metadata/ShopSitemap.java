package io.routehandlers.tck.metadata;

import io.routehandlers.Route;
import io.routehandlers.metadata.ChangeFrequency;
import io.routehandlers.metadata.Sitemap;
import io.routehandlers.metadata.SitemapEntry;
import jakarta.ws.rs.GET;

@Route("/sitemap.xml")
public class ShopSitemap {
    @GET
    public Sitemap get() {
        return Sitemap.of(
                SitemapEntry.of("https://example.com")
                        .lastModified("2021-01-01")
                        .changeFrequency(ChangeFrequency.WEEKLY)
                        .priority(0.5),
                SitemapEntry.of("https://example.com/about?a=b&c=d").lastModified("2021-01-01"));
    }
}
