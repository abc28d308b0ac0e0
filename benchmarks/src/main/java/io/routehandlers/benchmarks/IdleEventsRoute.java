package io.routehandlers.benchmarks;

import io.routehandlers.Route;
import io.routehandlers.SseEvent;
import jakarta.ws.rs.GET;
import java.util.concurrent.Flow;

/**
 * {@code /events/idle}: an event stream that never sends an event, so the client receives only the heartbeats
 * ({@code routehandlers.sse.heartbeat=1} in this WAR): what 1,000 idle clients cost the server (S-11.5).
 */
@Route("/events/idle")
public class IdleEventsRoute {

    @GET
    public Flow.Publisher<SseEvent> get() {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
        });
    }
}
