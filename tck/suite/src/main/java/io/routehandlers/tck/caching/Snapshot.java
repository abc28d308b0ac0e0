package io.routehandlers.tck.caching;

import io.routehandlers.CookieStore;
import io.routehandlers.Dynamic;
import io.routehandlers.HeaderStore;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.concurrent.atomic.AtomicInteger;

/** A force-static route that shows what request data it saw, and a POST beside it. */
@Route("/snapshot")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC)
public class Snapshot {

    private final AtomicInteger renders = new AtomicInteger();

    @Inject
    CookieStore cookies;

    @GET
    public String get(RouteRequest request, HeaderStore headers) {
        return "render " + renders.incrementAndGet() + " cookies="
                + cookies.getAll().size() + "/"
                + request.cookies().getAll().size() + " user="
                + headers.get("x-user").orElse("none") + " q="
                + request.searchParams().get("q").orElse("none");
    }

    @POST
    public String post() {
        return "posted " + renders.incrementAndGet();
    }
}
