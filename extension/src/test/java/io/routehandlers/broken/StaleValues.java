package io.routehandlers.broken;

import io.routehandlers.HeaderValue;
import io.routehandlers.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.util.Optional;

/** Request values injected where they cannot work. */
public final class StaleValues {

    private StaleValues() {}

    @Route("/stale")
    public static class StaleReferer {
        @Inject
        @HeaderValue("referer")
        Optional<String> referer;

        @GET
        public String get() {
            return referer.orElse("");
        }
    }
}
