package io.routehandlers.tck.cors;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.POST;

/** A route with only POST: its preflights are answered like any other's (vercel/next.js#57999). */
@Route("/webhook")
public class Webhook {
    @POST
    public RouteResponse receive() {
        return RouteResponse.status(204);
    }
}
