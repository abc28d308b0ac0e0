package io.routehandlers.benchmarks;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ws.rs.GET;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A route whose answer is computed on the server's managed executor: {@code /async/items/[slug]}. */
@Route("/async/items/[slug]")
public class AsyncItemRoute {

    @Resource
    ManagedExecutorService executor;

    @GET
    public CompletionStage<Item> get(@Param("slug") String slug) {
        return CompletableFuture.supplyAsync(() -> new Item(slug, -1), executor);
    }
}
