package io.routehandlers.tck.cookies;

import io.routehandlers.HeaderValue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Injects a required header as a plain String: the request fails when it is absent. */
@RequestScoped
public class StrictVisitor {

    @Inject
    @HeaderValue("X-Tenant")
    String tenant;

    public String tenant() {
        return tenant;
    }
}
