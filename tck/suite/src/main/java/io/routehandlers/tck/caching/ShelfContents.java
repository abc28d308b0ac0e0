package io.routehandlers.tck.caching;

import io.routehandlers.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

/** What {@link ShelfStore} holds; not cached. */
@Route("/shelf")
public class ShelfContents {

    @Inject
    ShelfStore store;

    @GET
    public String get() {
        return store.describe();
    }
}
