package io.routehandlers.sample;

import static io.routehandlers.Navigation.redirect;

import io.routehandlers.CookieOptions;
import io.routehandlers.CookieStore;
import io.routehandlers.Navigation;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import io.routehandlers.SameSite;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;

/**
 * {@code /session}: log in with a form (the injection style: {@code @Inject CookieStore}), log out with
 * {@code DELETE}. A real application would keep a server-side session id, not the user name.
 */
@Route("/session")
public class SessionRoute {

    static final CookieOptions SESSION =
            CookieOptions.builder().httpOnly(true).sameSite(SameSite.LAX).build();

    @Inject
    CookieStore cookies;

    @POST
    public RouteResponse login(RouteRequest request) {
        String user = request.formData()
                .get("user")
                .filter(u -> u.matches("[A-Za-z0-9_-]{1,32}"))
                .orElseThrow(Navigation::unauthorized);
        cookies.set("session", user, SESSION);
        throw redirect("/account"); // 303 after a form POST, so the browser follows with GET
    }

    @DELETE
    public RouteResponse logout() {
        cookies.delete("session");
        return RouteResponse.status(204);
    }
}
