package io.routehandlers.tck.caching;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicInteger;

/** A cached route whose answers may not be stored: one sets a cookie, one is private, one is a 503. */
@Route("/tracker/[kind]")
@RouteConfig(revalidate = 60)
public class Tracker {

    private final AtomicInteger renders = new AtomicInteger();

    @GET
    public RouteResponse get(@Param("kind") String kind) {
        int render = renders.incrementAndGet();
        return switch (kind) {
            case "cookie" -> RouteResponse.text("cookie " + render).cookie("seen", "1");
            case "private" -> RouteResponse.text("private " + render).header("Cache-Control", "private");
            default -> RouteResponse.status(503);
        };
    }
}
