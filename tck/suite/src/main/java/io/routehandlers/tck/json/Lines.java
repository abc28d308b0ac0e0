package io.routehandlers.tck.json;

import io.routehandlers.Navigation;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

/** Order lines as a route: JSON written and read with the application's JSON-B. */
@Route("/lines/[product]")
public class Lines {

    @GET
    public OrderLine get(@Param("product") String product) {
        if (product.equals("missing")) {
            throw Navigation.notFound();
        }
        return new OrderLine(product, 2, null);
    }

    @POST
    public String post(RouteRequest request) {
        OrderLine line = request.json(OrderLine.class);
        return line.productName() + " x" + line.unitCount();
    }
}
