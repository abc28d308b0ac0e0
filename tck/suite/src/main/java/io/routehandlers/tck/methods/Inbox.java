package io.routehandlers.tck.methods;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.POST;

@Route("/inbox")
public class Inbox {
    @POST
    public RouteResponse post() {
        return RouteResponse.status(202);
    }
}
