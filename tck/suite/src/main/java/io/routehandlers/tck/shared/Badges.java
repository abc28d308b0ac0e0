package io.routehandlers.tck.shared;

import io.routehandlers.CookieOptions;
import io.routehandlers.CookieStore;
import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import io.routehandlers.SameSite;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;

/** Issues and withdraws a visitor badge: cookies whose Set-Cookie bytes are fixed (no max-age, so no Expires). */
@Route("/badges")
public class Badges {

    @Inject
    CookieStore cookies;

    @GET
    public RouteResponse get() {
        cookies.set(
                "badge",
                "visitor 7",
                CookieOptions.builder()
                        .path("/desk")
                        .httpOnly(true)
                        .sameSite(SameSite.STRICT)
                        .build());
        return RouteResponse.status(204);
    }

    @DELETE
    public RouteResponse delete() {
        cookies.delete("badge");
        return RouteResponse.status(204);
    }
}
