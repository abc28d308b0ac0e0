package io.routehandlers.tck.openliberty;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicReference;

/** Says which kind of thread ran a stream body and the last {@code after()} task (S-11.7). */
@Route("/thread-kinds")
@ApplicationScoped
public class ThreadKinds {

    private final AtomicReference<String> after = new AtomicReference<>("none yet");

    @GET
    public RouteResponse get(RouteRequest request) {
        request.after(() -> after.set(kind()));
        return RouteResponse.stream("text/plain;charset=UTF-8", stream -> {
            stream.write("body " + kind() + ", last after() " + after.get());
        });
    }

    /** {@code virtual} or {@code platform}; {@code Thread#isVirtual} is Java 21's, read by reflection. */
    static String kind() {
        try {
            boolean virtual = (boolean) Thread.class.getMethod("isVirtual").invoke(Thread.currentThread());
            return virtual ? "virtual" : "platform";
        } catch (ReflectiveOperationException e) {
            return "platform";
        }
    }
}
