package io.routehandlers.tck.caching;

import io.routehandlers.CookieStore;
import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.ws.rs.GET;

/** A force-static route that tries to set a cookie: its store is read-only. */
@Route("/static-cookie")
@RouteConfig(dynamic = Dynamic.FORCE_STATIC)
public class StaticCookieWriter {

    @GET
    public String get(CookieStore cookies) {
        try {
            cookies.set("session", "x");
            return "set";
        } catch (IllegalStateException e) {
            return e.getMessage().startsWith("Cookies can only be modified in a dynamic route handler")
                    ? "read-only"
                    : "other: " + e.getMessage();
        }
    }
}
