package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.SseEvent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.util.concurrent.Flow;

/**
 * {@code /api/clock}: the time as a Server-Sent Event every second, to every client from one publisher, so an idle
 * client holds no thread on the server. Try {@code curl -N localhost:9080/api/clock}, or in a browser's console
 * {@code new EventSource("/api/clock").addEventListener("tick", e => console.log(e.data))}.
 */
@Route("/api/clock")
public class ClockRoute {

    @Inject
    Ticks ticks;

    @GET
    public Flow.Publisher<SseEvent> get() {
        return ticks.publisher();
    }
}
