package io.routehandlers.tck.cookies;

import io.routehandlers.CookieValue;
import io.routehandlers.HeaderValue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** A request-scoped bean with single values injected by qualifier. */
@RequestScoped
public class Visitor {

    @Inject
    @HeaderValue("user-agent")
    Optional<String> agent;

    @Inject
    @CookieValue("visitor")
    Optional<String> id;

    @Inject
    @HeaderValue("X-Missing-Header")
    Optional<String> missing;

    public String describe() {
        return "agent=" + agent.orElse("-") + " id=" + id.orElse("-") + " missing=" + missing.isPresent();
    }
}
