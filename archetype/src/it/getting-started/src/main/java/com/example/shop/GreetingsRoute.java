package com.example.shop;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.POST;

@Route("/greetings")
public class GreetingsRoute {
    public record Greeting(@NotBlank String name) {}

    @POST
    public RouteResponse post(RouteRequest request) {
        Greeting greeting = request.json(Greeting.class); // a blank name answers 400 with the violation
        return RouteResponse.json(greeting, 201);
    }
}
