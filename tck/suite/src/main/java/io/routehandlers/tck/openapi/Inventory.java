package io.routehandlers.tck.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/** The WAR's own Jakarta REST resource, at {@code /rest/inventory}, which the document lists beside the routes. */
@Path("inventory")
public class Inventory {

    /** The WAR's Jakarta REST application. */
    @ApplicationPath("rest")
    public static class Rest extends Application {}

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get() {
        return "3 items";
    }
}
