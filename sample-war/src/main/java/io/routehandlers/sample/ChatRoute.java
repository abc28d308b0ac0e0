package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;

/**
 * {@code /api/chat?q=...}: a stand-in for a language model that answers one word every 50 ms, each word sent to the
 * client as it comes, like a Next.js route handler returning a {@code ReadableStream}. Try
 * {@code curl -N 'localhost:9080/api/chat?q=streams'}.
 */
@Route("/api/chat")
public class ChatRoute {

    /** The fake model's answer, word by word. */
    static String[] answer(String question) {
        return ("You asked about " + question + ". Route handlers stream each word as soon as it is written, "
                        + "so the first one reaches you long before the last is thought of.")
                .split(" ");
    }

    @GET
    public RouteResponse get(RouteRequest request) {
        String question = request.searchParams().get("q").orElse("nothing");
        return RouteResponse.stream("text/plain;charset=UTF-8", out -> {
            String[] words = answer(question);
            for (int i = 0; i < words.length && out.isOpen(); i++) {
                out.write((i == 0 ? "" : " ") + words[i]);
                out.flush();
                Thread.sleep(50);
            }
            out.write("\n");
        });
    }
}
