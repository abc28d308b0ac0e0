package io.routehandlers.internal.servlet;

import io.routehandlers.internal.exchange.AmbientExchange;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.telemetry.RouteTelemetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The exchange of a servlet request that no route answers, such as a Jakarta REST resource of the WAR that injects
 * a {@code CookieStore}: read-only, from the container's request bean.
 */
@ApplicationScoped
public class ServletAmbientExchange implements AmbientExchange {

    @Inject
    Instance<HttpServletRequest> request;

    @Override
    public Optional<Exchange> current() {
        if (!request.isResolvable()) {
            return Optional.empty();
        }
        try {
            HttpServletRequest active = request.get();
            active.getMethod(); // fails outside a request
            return Optional.of(new ServletExchange(active, null, RouteTelemetry.NONE));
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
