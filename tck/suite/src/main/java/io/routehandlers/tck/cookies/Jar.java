package io.routehandlers.tck.cookies;

import static io.routehandlers.Navigation.redirect;

import io.routehandlers.CookieOptions;
import io.routehandlers.CookieStore;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import io.routehandlers.SameSite;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.stream.Collectors;

/** Reads, writes, deletes and redirects with a CookieStore handler parameter, chosen by the path. */
@Route("/jar/[action]")
public class Jar {

    @GET
    public RouteResponse get(@Param("action") String action, CookieStore cookies, RouteRequest request) {
        switch (action) {
            case "read" -> {
                return RouteResponse.text(cookies.getAll().stream()
                                .map(c -> c.name() + "=" + c.value())
                                .collect(Collectors.joining("|"))
                        + " has.flag=" + cookies.has("flag") + " request="
                        + request.cookies().get("token").map(c -> c.value()).orElse("-"));
            }
            case "set" -> {
                cookies.set(
                        "b",
                        "two words",
                        CookieOptions.builder()
                                .path("/x")
                                .maxAge(60)
                                .secure(true)
                                .httpOnly(true)
                                .sameSite(SameSite.STRICT)
                                .build());
                return RouteResponse.text("set");
            }
            case "delete" -> {
                cookies.delete("gone");
                return RouteResponse.text("deleted");
            }
            case "read-own-write" -> {
                cookies.set("fresh", "new value");
                return RouteResponse.text(
                        cookies.get("fresh").map(c -> c.value()).orElse("-"));
            }
            case "merge" -> {
                cookies.set("a", "from-store");
                cookies.set("c", "from-store");
                return RouteResponse.text("merged").cookie("a", "from-handler");
            }
            case "redirect" -> {
                cookies.set("flash", "saved");
                throw redirect("/done");
            }
            case "not-found" -> {
                cookies.set("flash", "missing");
                throw io.routehandlers.Navigation.notFound();
            }
            case "failure" -> {
                cookies.set("half", "done");
                throw new IllegalStateException("boom");
            }
            default -> {
                return RouteResponse.status(400);
            }
        }
    }

    /** Tries to set a cookie from a client-supplied value: injection attempts are rejected. */
    @POST
    public RouteResponse post(@Param("action") String action, CookieStore cookies, RouteRequest request) {
        String value = request.text();
        try {
            cookies.set(action, value);
        } catch (IllegalArgumentException e) {
            return RouteResponse.text("rejected").header("X-Result", "rejected");
        }
        return RouteResponse.text("accepted");
    }
}
