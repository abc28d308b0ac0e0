package io.routehandlers.tck.caching;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;

/** One poster per number, each a 1,000-byte body cached forever: enough of them overflow a small budget. */
@Route("/posters/[n]")
@RouteConfig(revalidate = RouteConfig.FOREVER)
public class Posters {

    static final int BODY_BYTES = 1_000;

    @GET
    public String get(@Param("n") String n) {
        String head = "poster " + n + " ";
        return head + "x".repeat(BODY_BYTES - head.length());
    }
}
