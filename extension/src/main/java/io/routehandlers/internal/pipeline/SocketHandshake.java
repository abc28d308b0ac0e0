package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.config.CorsPolicy;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.scan.RouteDefinition;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks of a WebSocket upgrade before anything else of the route runs (S-17.2): a handshake the server could
 * not complete is a {@code 400} (or {@code 426} for another protocol version, RFC 6455 section 4.4), and an
 * {@code Origin} the route does not allow is a {@code 403}. The allowed origins are the request's own and those the
 * route's CORS policy names (not {@code *}), so that no other site's page can open a socket with the user's cookies
 * (cross-site WebSocket hijacking). A request without {@code Origin} comes from no browser and passes.
 */
final class SocketHandshake {

    private SocketHandshake() {}

    /** Whether a request asks to upgrade to a WebSocket: a {@code GET} with {@code Upgrade: websocket}. */
    static boolean requested(Exchange exchange) {
        return exchange.method().equals("GET")
                && exchange.headers("Upgrade").stream().anyMatch(value -> hasToken(value, "websocket"));
    }

    /** The step that checks the handshake of the route's socket handler; other handlers pass. */
    static Step before(RouteDefinition route, Step next) {
        CorsPolicy cors = route.settings().cors();
        return request -> {
            if (!request.handler().socket()) {
                next.handle(request);
                return;
            }
            Exchange exchange = request.exchange();
            Optional<Answer> refusal = refusal(exchange, cors);
            if (refusal.isPresent()) {
                exchange.send(refusal.get());
                return;
            }
            next.handle(request);
        };
    }

    private static Optional<Answer> refusal(Exchange exchange, CorsPolicy cors) {
        if (exchange.headers("Connection").stream().noneMatch(value -> hasToken(value, "upgrade"))
                || !validKey(exchange.header("Sec-WebSocket-Key"))) {
            return Optional.of(Answer.empty(400));
        }
        if (!exchange.header("Sec-WebSocket-Version")
                .map(String::trim)
                .orElse("")
                .equals("13")) {
            return Optional.of(Answer.empty(426).header("Sec-WebSocket-Version", "13"));
        }
        Optional<String> origin = exchange.header("Origin").map(String::trim);
        if (origin.isPresent() && !allowed(origin.get(), exchange, cors)) {
            return Optional.of(Answer.empty(403));
        }
        return Optional.empty();
    }

    /**
     * The request's own origin, or one the route's CORS policy names: exactly, or by a pattern. {@code *} admits no
     * socket: a browser sends its cookies with every handshake, so an API open to every site's scripts would open its
     * sockets to them with the user's session.
     */
    private static boolean allowed(String origin, Exchange exchange, CorsPolicy cors) {
        if (origin.equalsIgnoreCase(exchange.origin())) {
            return true;
        }
        return cors.allowsNamed(origin);
    }

    /** A key is 16 random bytes in base64 (RFC 6455 section 4.1). */
    private static boolean validKey(Optional<String> key) {
        if (key.isEmpty()) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(key.get().trim()).length == 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasToken(String value, String token) {
        for (String part : value.split(",")) {
            if (part.trim().toLowerCase(Locale.ROOT).equals(token)) {
                return true;
            }
        }
        return false;
    }
}
