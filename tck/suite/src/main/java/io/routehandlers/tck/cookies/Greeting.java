package io.routehandlers.tck.cookies;

import io.routehandlers.CookieStore;
import io.routehandlers.HeaderStore;
import io.routehandlers.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;

/** The two examples of the Next.js docs: echo the token cookie, and echo the referer header. */
@Route("/greeting")
public class Greeting {

    @Inject
    CookieStore cookies;

    @GET
    public Response get(HeaderStore headers) {
        String token = cookies.get("token").map(c -> c.value()).orElse("none");
        return Response.ok("Hello, Jakarta EE!")
                .header("Set-Cookie", "token=" + token)
                .header("referer", headers.get("referer").orElse("none"))
                .build();
    }
}
