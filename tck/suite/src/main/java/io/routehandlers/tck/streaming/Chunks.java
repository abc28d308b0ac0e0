package io.routehandlers.tck.streaming;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;

/** S-11.1: {@code a}, 500 ms, then {@code b}, each flushed. */
@Route("/chunks")
public class Chunks {

    @GET
    public RouteResponse get() {
        return RouteResponse.stream("text/plain;charset=UTF-8", out -> {
            out.write("a");
            out.flush();
            Thread.sleep(1000);
            out.write("b");
            out.flush();
        });
    }
}
