package io.routehandlers.tck.shared;

import static io.routehandlers.Navigation.forbidden;
import static io.routehandlers.Navigation.notFound;
import static io.routehandlers.Navigation.redirect;
import static io.routehandlers.Navigation.unauthorized;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

/** The front desk sends callers elsewhere: each navigation helper once. */
@Route("/desk/[to]")
public class Desk {
    @GET
    public RouteResponse get(@Param("to") String to) {
        throw switch (to) {
            case "login" -> redirect("/login?next=%2Fdesk");
            case "lost" -> notFound();
            case "closed" -> forbidden();
            default -> unauthorized();
        };
    }

    @POST
    public RouteResponse post(@Param("to") String to) {
        throw redirect("/desk/" + to);
    }
}
