package io.routehandlers.tck.request;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/** Describes the request it receives, for every method with a body. */
@Route("/echo/[...path]")
public class Echo {

    @GET
    public String get(RouteRequest request) {
        return describe(request);
    }

    @POST
    public String post(RouteRequest request) {
        return describe(request);
    }

    @PUT
    public String put(RouteRequest request) {
        return describe(request);
    }

    @PATCH
    public String patch(RouteRequest request) {
        return describe(request);
    }

    @DELETE
    public String delete(RouteRequest request) {
        return describe(request);
    }

    @OPTIONS
    public String options(RouteRequest request) {
        return describe(request);
    }

    private static String describe(RouteRequest request) {
        return String.join(
                "\n",
                "method=" + request.method(),
                "pathname=" + request.pathname(),
                "url.path=" + request.url().getRawPath(),
                "url.query=" + request.url().getRawQuery(),
                "q=" + request.searchParams().get("q").orElse("-"),
                "tags=" + request.searchParams().getAll("tag"),
                "has.flag=" + request.searchParams().has("flag"),
                "keys=" + request.searchParams().keys(),
                "x-trace=" + request.headers().get("x-TRACE").orElse("-"),
                "has.accept=" + request.headers().has("Accept"),
                "body=" + request.text());
    }
}
