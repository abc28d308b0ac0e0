package io.routehandlers.tck.streaming;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import io.routehandlers.SseEvent;
import jakarta.ws.rs.GET;

/** S-11.2: a reconnecting client's {@code Last-Event-ID} is readable as any header. */
@Route("/resume")
public class Resume {

    @GET
    public RouteResponse get(RouteRequest request) {
        String last = request.headers().get("Last-Event-ID").orElse("none");
        return RouteResponse.events(events -> events.send(SseEvent.data("resumed after " + last)));
    }
}
