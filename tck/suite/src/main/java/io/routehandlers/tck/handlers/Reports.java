package io.routehandlers.tck.handlers;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** An async handler: its answer arrives later, or fails. */
@Route("/reports/[kind]")
public class Reports {
    @GET
    public CompletionStage<Object> get(@Param("kind") String kind) {
        return switch (kind) {
            case "ready" -> CompletableFuture.completedFuture(new Invoice("INV-9", 1, true));
            case "later" -> CompletableFuture.supplyAsync(() -> "computed later");
            case "failed" -> CompletableFuture.failedFuture(new IllegalStateException("secret async detail"));
            default -> null;
        };
    }
}
