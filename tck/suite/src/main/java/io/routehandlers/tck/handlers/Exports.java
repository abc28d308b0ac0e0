package io.routehandlers.tck.handlers;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * An export that never finishes: its stage never completes, so the route's async timeout (one second in this
 * deployment's configuration) answers. The next request tells whether the pending stage was cancelled.
 */
@Route("/exports")
public class Exports {

    private volatile CompletableFuture<String> last;

    @GET
    public CompletionStage<String> get() {
        CompletableFuture<String> previous = last;
        if (previous != null && previous.isCancelled()) {
            return CompletableFuture.completedFuture("previous export cancelled");
        }
        last = new CompletableFuture<>();
        return last;
    }
}
