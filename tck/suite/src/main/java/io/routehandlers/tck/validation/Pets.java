package io.routehandlers.tck.validation;

import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.POST;

@Route("/pets")
public class Pets {

    /** A pet as a client sends it; the messages are the test's own, so no locale changes them. */
    public record NewPet(
            @NotBlank(message = "a name is needed") String name,
            @Min(value = 0, message = "an age is 0 or more") int age) {}

    @POST
    public RouteResponse add(RouteRequest request) {
        NewPet pet = request.json(NewPet.class);
        return RouteResponse.text("added " + pet.name()).header("X-Age", Integer.toString(pet.age()));
    }
}
