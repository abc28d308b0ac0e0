package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.scan.Access;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The step that checks the caller against the handler's {@code @RolesAllowed} or {@code @DenyAll} (S-13.3), before the
 * body is read: a request without a caller gets the server's authentication challenge, a caller without a role
 * {@code 403}. Where the application has no authentication mechanism, a protected route answers {@code 401} and says
 * once per route in the log what to configure.
 */
final class Roles {

    private final Set<String> unauthenticatable = ConcurrentHashMap.newKeySet();

    /** The role check before a step. */
    Step before(Step next) {
        return request -> {
            if (!request.handler().access().restricted() || authorized(request)) {
                next.handle(request);
            }
        };
    }

    /** @return whether the handler may run; otherwise the exchange was answered */
    private boolean authorized(RoutedRequest request) throws IOException {
        Exchange exchange = request.exchange();
        Handler handler = request.handler();
        if (!(handler.access() instanceof Access.Roles roles)) {
            exchange.send(Answer.empty(403));
            return false;
        }
        if (exchange.user().isEmpty()) {
            Exchange.Authentication outcome = exchange.authenticate();
            if (outcome == Exchange.Authentication.CHALLENGED) {
                return false;
            }
            if (outcome == Exchange.Authentication.UNAVAILABLE
                    || exchange.user().isEmpty()) {
                RouteDefinition route = request.route();
                if (unauthenticatable.add(route.path().declared())) {
                    RuntimeMessages.noAuthentication(route.path().declared(), handler.signature());
                }
                exchange.send(Answer.empty(401));
                return false;
            }
        }
        if (roles.roles().contains(Access.Roles.ANY_AUTHENTICATED)
                || roles.roles().stream().anyMatch(exchange::isUserInRole)) {
            return true;
        }
        exchange.send(Answer.empty(403));
        return false;
    }
}
