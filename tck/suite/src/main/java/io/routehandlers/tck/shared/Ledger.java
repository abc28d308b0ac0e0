package io.routehandlers.tck.shared;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

/** Entries of a ledger: GET and POST, the POST reading its body under the deployment's limit. */
@Route("/ledger")
public class Ledger {
    @GET
    public RouteResponse get() {
        return RouteResponse.text("ledger").header("X-Entries", "2");
    }

    @POST
    public String post(RouteRequest request) {
        return "entry of " + request.text().length() + " characters";
    }
}
