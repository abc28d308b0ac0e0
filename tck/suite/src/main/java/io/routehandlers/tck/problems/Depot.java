package io.routehandlers.tck.problems;

import io.routehandlers.Navigation;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A depot whose GET answers what its path names: the extension's own errors, and one of the handler's. */
@Route("/depot/[item]")
public class Depot {

    @GET
    public RouteResponse get(@Param("item") String item) {
        return switch (item) {
            case "missing" -> throw Navigation.notFound();
            case "forbidden" -> throw Navigation.forbidden();
            case "boom" -> throw new IllegalStateException("secret detail 42");
            case "own" -> RouteResponse.status(404).header("X-Own", "yes");
            default -> RouteResponse.text(item);
        };
    }

    @POST
    public String post(RouteRequest request) {
        return request.json(Entry.class).item();
    }

    /** What a POST carries. */
    public record Entry(String item) {}

    /** A route without GET, whose HEAD the route answers 405 itself. */
    @Route("/depot-drop")
    public static class Drop {
        @POST
        public String post() {
            return "dropped";
        }
    }

    /** A stage that never completes, for the route's async timeout. */
    @Route("/depot-slow")
    public static class Slow {
        @GET
        public CompletionStage<String> get() {
            return new CompletableFuture<>();
        }
    }
}
