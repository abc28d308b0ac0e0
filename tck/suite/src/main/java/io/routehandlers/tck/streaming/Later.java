package io.routehandlers.tck.streaming;

import io.routehandlers.AfterResponse;
import io.routehandlers.Navigation;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * S-11.6: a task that starts after the handler returned, takes three seconds, and reads the request's header;
 * one added through the injectable {@link AfterResponse} on a navigation.
 */
@Route("/later/[outcome]")
public class Later {

    @Inject
    AfterResponse afterResponse;

    @GET
    public String get(RouteRequest request) {
        AtomicBoolean returned = new AtomicBoolean();
        request.after(() -> {
            boolean afterReturn = returned.get();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Records.add("after " + request.headers().get("X-Trace").orElse("-") + " after return: " + afterReturn);
        });
        if (request.pathname().endsWith("missing")) {
            afterResponse.after(() -> Records.add("after navigation " + request.pathname()));
            returned.set(true);
            throw Navigation.notFound();
        }
        returned.set(true);
        return "answered";
    }
}
