package io.routehandlers.tck.routing;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.List;

@Route("/blog/[...slug]")
public class Blog {
    @GET
    public String get(@Param("slug") List<String> slug) {
        return "blog " + slug;
    }
}
