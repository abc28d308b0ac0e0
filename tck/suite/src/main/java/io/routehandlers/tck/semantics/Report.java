package io.routehandlers.tck.semantics;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;

/** One report in two representations, and a POST that reads JSON or text, each by a handler of its own (S-18.1). */
@Route("/semantics/report")
public class Report {

    /** The report's JSON form. */
    public record Summary(String name, int count) {}

    @GET
    @Produces("application/json")
    public Summary json() {
        return new Summary("lamps", 3);
    }

    @GET
    @Produces("text/markdown")
    public String markdown() {
        return "# lamps\n\n3 in stock\n";
    }

    @POST
    @Consumes("application/json")
    public String fromJson(RouteRequest request) {
        return "json " + request.json(Summary.class).name();
    }

    @POST
    @Consumes("text/plain")
    public String fromText(RouteRequest request) {
        return "text " + request.text();
    }
}
