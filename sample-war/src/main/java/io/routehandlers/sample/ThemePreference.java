package io.routehandlers.sample;

import io.routehandlers.CookieOptions;
import io.routehandlers.CookieStore;
import io.routehandlers.RequestCookie;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** A service, not a route, that keeps the theme in a cookie through the request's CookieStore. */
@ApplicationScoped
public class ThemePreference {

    private static final Set<String> THEMES = Set.of("light", "dark");

    @Inject
    CookieStore cookies;

    public String current() {
        return cookies.get("theme")
                .map(RequestCookie::value)
                .filter(THEMES::contains)
                .orElse("light");
    }

    /** Sets the theme for a year; false when the theme is unknown. */
    public boolean choose(String theme) {
        if (!THEMES.contains(theme)) {
            return false;
        }
        cookies.set(
                "theme", theme, CookieOptions.builder().maxAge(365L * 24 * 3600).build());
        return true;
    }
}
