package io.routehandlers.cluster;

import io.routehandlers.RateLimit;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** Ten requests a minute for all callers together, counted once for both servers (S-16.4). */
@Route("/limited")
@RateLimit(value = 10, per = RateLimit.Per.GLOBAL)
public class LimitedRoute {

    @GET
    public String get() {
        return "limited";
    }
}
