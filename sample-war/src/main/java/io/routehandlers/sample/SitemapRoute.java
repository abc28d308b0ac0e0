package io.routehandlers.sample;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.metadata.ChangeFrequency;
import io.routehandlers.metadata.Sitemap;
import io.routehandlers.metadata.SitemapEntry;
import io.routehandlers.metadata.SitemapIds;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The catalogue for crawlers, two items per sitemap to show the split: {@code /sitemap/0.xml},
 * {@code /sitemap/1.xml}, ..., and at {@code /sitemap.xml} the sitemap index that lists them. Prerendered at startup
 * and served from the cache like every metadata route; {@link ItemsRoute} revalidates it when an item is added. A
 * URL with {@code &} is written escaped, so each file stays well-formed XML.
 */
@Route("/sitemap.xml")
public class SitemapRoute {

    static final int PER_SITEMAP = 2;

    @Inject
    Catalogue catalogue;

    @Inject
    @ConfigProperty(name = "routehandlers.metadata.base-url")
    String site;

    /** One sitemap per two items; the first also lists the home page and the item list. */
    @SitemapIds
    public List<String> ids() {
        int pages = Math.max(1, (catalogue.all().size() + PER_SITEMAP - 1) / PER_SITEMAP);
        return IntStream.range(0, pages).mapToObj(Integer::toString).toList();
    }

    @GET
    public Sitemap get(@Param("id") String id) {
        int page = Integer.parseInt(id);
        List<SitemapEntry> entries = new ArrayList<>();
        if (page == 0) {
            entries.add(SitemapEntry.of(site + "/")
                    .changeFrequency(ChangeFrequency.DAILY)
                    .priority(1));
            entries.add(
                    SitemapEntry.of(site + "/api/items?sort=name&order=asc").changeFrequency(ChangeFrequency.HOURLY));
        }
        List<Item> items = catalogue.all();
        for (Item item : items.subList(
                Math.min(items.size(), page * PER_SITEMAP), Math.min(items.size(), (page + 1) * PER_SITEMAP))) {
            entries.add(SitemapEntry.of(site + "/api/items/" + item.slug())
                    .changeFrequency(ChangeFrequency.WEEKLY)
                    .priority(0.8));
        }
        return Sitemap.of(entries);
    }
}
