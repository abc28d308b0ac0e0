package io.routehandlers.sample;

import io.routehandlers.Cached;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The items on the shelf, cached (S-8.13): read from the catalogue at most once a minute (the {@code minutes}
 * profile), and again after {@code POST /api/revalidate?tag=products}. On a cluster sharing the cache store, once for
 * every server.
 */
@ApplicationScoped
public class Shelf {

    @Inject
    Catalogue catalogue;

    @Cached(tags = "products", life = "minutes")
    public List<Item> items() {
        return catalogue.all();
    }
}
