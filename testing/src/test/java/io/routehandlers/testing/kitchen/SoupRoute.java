package io.routehandlers.testing.kitchen;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

/** A second route at {@code /specials}: a conflict, for the deployment-error test. */
@Route("/(menu)/specials")
public class SoupRoute {
    @GET
    public String get() {
        return "soup";
    }
}
