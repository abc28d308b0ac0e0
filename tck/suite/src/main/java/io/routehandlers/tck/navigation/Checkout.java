package io.routehandlers.tck.navigation;

import static io.routehandlers.Navigation.forbidden;
import static io.routehandlers.Navigation.notFound;
import static io.routehandlers.Navigation.permanentRedirect;
import static io.routehandlers.Navigation.redirect;
import static io.routehandlers.Navigation.unauthorized;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.Map;

/** Ends with each navigation helper or response factory, chosen by the path. */
@Route("/checkout/[step]")
public class Checkout {

    @GET
    public RouteResponse get(@Param("step") String step) {
        switch (step) {
            case "login" -> redirect("/login?next=%2Fcheckout");
            case "moved" -> throw permanentRedirect("https://shop.example.com/checkout");
            case "missing" -> notFound();
            case "closed" -> throw forbidden();
            case "anonymous" -> unauthorized();
            case "see-other" -> {
                return RouteResponse.redirect("/orders", 303);
            }
            case "temporary" -> {
                return RouteResponse.redirect("/cart");
            }
            case "bad-status" -> {
                return RouteResponse.redirect("/cart", 200);
            }
            case "headers" -> {
                return RouteResponse.json(Map.of("step", step), 202)
                        .header("X-Step", "headers")
                        .header("Link", "</a>")
                        .header("Link", "</b>");
            }
            default -> {
                return RouteResponse.text("step " + step);
            }
        }
        return RouteResponse.status(500);
    }

    @POST
    public RouteResponse post(@Param("step") String step) {
        throw step.equals("permanent") ? permanentRedirect("/done") : redirect("/done");
    }
}
