package io.routehandlers.tck.log;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.StaticParams;
import jakarta.ws.rs.GET;
import java.util.List;
import java.util.Map;

/** A route with listed params, revalidated every minute. */
@Route("/tides/[port]")
@RouteConfig(revalidate = 60)
public class Tides {
    @StaticParams
    static List<Map<String, String>> ports() {
        return List.of(Map.of("port", "brest"));
    }

    @GET
    public String get(@Param("port") String port) {
        return "tides at " + port;
    }
}
