package io.routehandlers.tck.coexistence;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;

@Route("/status")
public class Status {
    @GET
    public String get() {
        return "route status";
    }
}
