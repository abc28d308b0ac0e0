package io.routehandlers.tck.security;

import io.routehandlers.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;

/** Any authenticated caller: the role {@code **}. */
@Route("/profile")
@RolesAllowed("**")
public class Profile {

    @GET
    public String get() {
        return "your profile";
    }
}
