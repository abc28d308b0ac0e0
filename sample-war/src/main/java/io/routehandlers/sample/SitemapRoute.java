package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.metadata.ChangeFrequency;
import io.routehandlers.metadata.Sitemap;
import io.routehandlers.metadata.SitemapEntry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /sitemap.xml}: the catalogue's items for crawlers. Prerendered at startup and served from the cache like
 * every metadata route; {@link ItemsRoute} revalidates it when an item is added. A URL with {@code &} is written
 * escaped, so the file stays well-formed XML.
 */
@Route("/sitemap.xml")
public class SitemapRoute {

    static final String SITE = "https://shop.example";

    @Inject
    Catalogue catalogue;

    @GET
    public Sitemap get() {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(SitemapEntry.of(SITE + "/")
                .changeFrequency(ChangeFrequency.DAILY)
                .priority(1));
        entries.add(SitemapEntry.of(SITE + "/api/items?sort=name&order=asc").changeFrequency(ChangeFrequency.HOURLY));
        for (Item item : catalogue.all()) {
            entries.add(SitemapEntry.of(SITE + "/api/items/" + item.slug())
                    .changeFrequency(ChangeFrequency.WEEKLY)
                    .priority(0.8));
        }
        return Sitemap.of(entries);
    }
}
