package io.routehandlers.benchmarks;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The same as {@link AsyncItemRoute} as a Jakarta REST resource: {@code /rest/async/items/{slug}}. */
@Path("async/items/{slug}")
public class AsyncItemResource {

    @Resource
    ManagedExecutorService executor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Item> get(@PathParam("slug") String slug) {
        return CompletableFuture.supplyAsync(() -> new Item(slug, -1), executor);
    }
}
