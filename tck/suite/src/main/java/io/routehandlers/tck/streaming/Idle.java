package io.routehandlers.tck.streaming;

import io.routehandlers.Route;
import io.routehandlers.SseEvent;
import jakarta.ws.rs.GET;
import java.util.concurrent.Flow;

/** S-11.2, S-11.3: an event stream that never sends an event; its cancellation is recorded. */
@Route("/idle")
public class Idle {

    @GET
    public Flow.Publisher<SseEvent> get() {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {
                Records.add("idle cancelled");
            }
        });
    }
}
