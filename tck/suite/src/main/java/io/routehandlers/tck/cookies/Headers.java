package io.routehandlers.tck.cookies;

import io.routehandlers.HeaderStore;
import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

@Route("/headers/[kind]")
public class Headers {

    @Inject
    HeaderStore headers;

    @Inject
    Visitor visitor;

    @Inject
    StrictVisitor strictVisitor;

    @GET
    public String get(@Param("kind") String kind) {
        return switch (kind) {
            case "multi" ->
                headers.get("x-multi").orElse("-") + " has=" + headers.has("X-MULTI") + " key="
                        + headers.keys().contains("x-multi");
            case "visitor" -> visitor.describe();
            case "tenant" -> "tenant " + strictVisitor.tenant();
            default -> "?";
        };
    }
}
