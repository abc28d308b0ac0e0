package io.routehandlers.tck.broken;

import io.routehandlers.Dynamic;
import io.routehandlers.HeaderStore;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;

/** A {@code dynamic = "error"} route without dynamic segments that reads a header: rendered at startup, it fails. */
@Route("/strict")
@RouteConfig(dynamic = Dynamic.ERROR)
public class HeadersInErrorMode {

    @GET
    public String get(HeaderStore headers) {
        return "hello " + headers.get("x-user").orElse("anonymous");
    }
}
