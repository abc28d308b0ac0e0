package io.routehandlers.tck.clients;

import io.routehandlers.RateLimit;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.ws.rs.GET;

/** Answers the client's address as the routes see it. */
@Route("/whoami")
public class Whoami {

    @GET
    public String get(RouteRequest request) {
        return request.clientAddress().orElse("none");
    }

    /** One request a minute per client. */
    @Route("/clients/limited")
    @RateLimit(1)
    public static class Limited {
        @GET
        public String get() {
            return "limited";
        }
    }
}
