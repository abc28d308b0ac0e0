package io.routehandlers.tck.telemetry;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** S-13.2 with an answer completed after the request's thread returned: a stage that never completes, so 503. */
@Route("/late/[id]")
public class Late {

    @GET
    public CompletionStage<String> get() {
        return new CompletableFuture<>();
    }
}
