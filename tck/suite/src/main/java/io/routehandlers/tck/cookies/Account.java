package io.routehandlers.tck.cookies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Calls {@link Preferences}: the cookie is set two calls deep from the handler. */
@ApplicationScoped
public class Account {

    @Inject
    Preferences preferences;

    public String switchTheme() {
        String next = preferences.theme().equals("dark") ? "light" : "dark";
        preferences.theme(next);
        return next;
    }
}
