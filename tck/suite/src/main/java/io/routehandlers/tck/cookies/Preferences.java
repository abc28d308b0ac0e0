package io.routehandlers.tck.cookies;

import io.routehandlers.CookieOptions;
import io.routehandlers.CookieStore;
import io.routehandlers.SameSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A service that keeps preferences in cookies, two calls away from the handler. */
@ApplicationScoped
public class Preferences {

    @Inject
    CookieStore cookies;

    public String theme() {
        return cookies.get("theme").map(c -> c.value()).orElse("light");
    }

    public void theme(String theme) {
        cookies.set(
                "theme",
                theme,
                CookieOptions.builder()
                        .maxAge(31_536_000)
                        .sameSite(SameSite.LAX)
                        .build());
    }
}
