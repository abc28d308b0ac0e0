package io.routehandlers.tck.request;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

@Route("/orders")
public class Orders {

    @POST
    public RouteResponse post(RouteRequest request) {
        Order order = request.json(Order.class);
        return RouteResponse.json(new Order(order.sku().toUpperCase(), order.quantity() * 2), 201);
    }

    @PUT
    public String put(RouteRequest request) {
        byte[] bytes = request.bytes();
        return bytes.length + " bytes, again " + request.bytes().length;
    }
}
