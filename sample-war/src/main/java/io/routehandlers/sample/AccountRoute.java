package io.routehandlers.sample;

import io.routehandlers.CookieStore;
import io.routehandlers.Navigation;
import io.routehandlers.RequestCookie;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.Map;

/** {@code /account}: who is logged in (the handler-parameter style: {@code CookieStore} as a parameter). */
@Route("/account")
public class AccountRoute {

    @GET
    public Map<String, String> get(CookieStore cookies) {
        String user = cookies.get("session").map(RequestCookie::value).orElseThrow(Navigation::unauthorized);
        return Map.of("user", user);
    }
}
