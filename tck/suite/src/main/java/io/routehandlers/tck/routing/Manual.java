package io.routehandlers.tck.routing;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.List;

@Route("/(marketing)/manual/[[...page]]")
public class Manual {
    @GET
    public String get(@Param("page") List<String> page) {
        return "manual " + page;
    }
}
