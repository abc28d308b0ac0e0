package io.routehandlers.tck.streaming;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import io.routehandlers.SseEvent;
import jakarta.ws.rs.GET;
import java.time.Duration;

/** S-11.2: three events, as the specification frames them. */
@Route("/ticks")
public class Ticks {

    @GET
    public RouteResponse get() {
        return RouteResponse.events(events -> {
            events.send(SseEvent.data("x\ny").event("tick").id("1"));
            events.send(SseEvent.data("z").retry(Duration.ofSeconds(5)));
            events.send(SseEvent.comment("c"));
        });
    }
}
