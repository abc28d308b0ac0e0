package io.routehandlers.benchmarks;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;

/** {@code /chat?q=}: a word every 50 ms, each flushed, as a streamed route. */
@Route("/chat")
public class ChatRoute {

    @GET
    public RouteResponse get(RouteRequest request) {
        String[] words = Words.answer(request.searchParams().get("q").orElse("nothing"));
        return RouteResponse.stream("text/plain;charset=UTF-8", out -> {
            for (int i = 0; i < words.length && out.isOpen(); i++) {
                out.write((i == 0 ? "" : " ") + words[i]);
                out.flush();
                Thread.sleep(Words.PAUSE_MILLIS);
            }
        });
    }
}
