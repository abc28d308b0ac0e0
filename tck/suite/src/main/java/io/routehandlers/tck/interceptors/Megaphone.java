package io.routehandlers.tck.interceptors;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A route class bound to {@link Shouted}: every handler shouts. */
@Route("/megaphone/[word]")
@Shouted
public class Megaphone {

    @GET
    public String get(@Param("word") String word) {
        return word;
    }

    @POST
    public CompletionStage<String> post(@Param("word") String word) {
        return CompletableFuture.supplyAsync(() -> word + " later");
    }

    /** Only its POST handler is bound. */
    @Route("/whisper/[word]")
    public static class Whisper {
        @GET
        public String get(@Param("word") String word) {
            return word;
        }

        @Shouted
        @POST
        public String post(@Param("word") String word) {
            return word;
        }
    }
}
