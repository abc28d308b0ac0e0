package io.routehandlers.tck.filters;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A streamed and an asynchronous answer below /api. */
@Route("/api/ticker/[feed]")
public class Ticker {

    @GET
    public RouteResponse get() {
        return RouteResponse.stream("text/plain", stream -> {
            stream.write("tick\n");
            stream.write("tock\n");
        });
    }

    /** The asynchronous one. */
    @Route("/api/ticker/later")
    public static class Later {
        @GET
        public CompletionStage<String> get() {
            return CompletableFuture.supplyAsync(() -> "later");
        }
    }
}
