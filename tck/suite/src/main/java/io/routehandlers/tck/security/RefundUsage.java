package io.routehandlers.tck.security;

import io.routehandlers.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

/** How often the refund handler ran and how much body it read: unprotected, for the test to read. */
@Route("/refund-usage")
public class RefundUsage {

    @Inject
    Refunds refunds;

    @GET
    public String get() {
        return refunds.usage();
    }
}
