package io.routehandlers.tck.handlers;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** One handler that returns each kind of result, chosen by the path. */
@Route("/results/[kind]")
public class Results {
    @GET
    public Object get(@Param("kind") String kind) {
        return switch (kind) {
            case "text" -> "plain text é";
            case "bytes" -> "raw bytes".getBytes(StandardCharsets.UTF_8);
            case "stream" -> new ByteArrayInputStream("streamed".getBytes(StandardCharsets.UTF_8));
            case "json" -> new Invoice("INV-7", 4200, true);
            case "response" ->
                Response.status(202)
                        .entity("accepted")
                        .type(MediaType.TEXT_PLAIN)
                        .build();
            case "response-entity" ->
                Response.ok(new Invoice("INV-3", 30, true), MediaType.APPLICATION_JSON)
                        .header("X-Kind", "entity")
                        .build();
            case "route-response" ->
                RouteResponse.json(new Invoice("INV-8", 10, false), 201).header("X-Kind", "route");
            case "null" -> null;
            case "failure" -> throw new IllegalStateException("secret database password in this message");
            case "web" ->
                throw new WebApplicationException(
                        Response.status(418).entity("teapot").build());
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
