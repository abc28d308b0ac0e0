package io.routehandlers.tck.cookies;

import io.routehandlers.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;

@Route("/theme")
public class Theme {

    @Inject
    Account account;

    @POST
    public String toggle() {
        return "theme " + account.switchTheme();
    }
}
