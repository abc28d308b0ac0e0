package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.config.CorsPolicy;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.ForwardingExchange;
import io.routehandlers.internal.http.HeaderValidation;
import io.routehandlers.internal.scan.RouteDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CORS on routes (S-13.4), by configuration: preflights are answered here, before security and the handler, and an
 * actual request's answer gets its {@code Access-Control-*} headers as it is sent ({@link Answering}), after the
 * cache, so they are never stored. Written here rather than with a servlet filter so that it holds on every server
 * and in the tester, and knows each route's {@code Allow} list.
 */
final class Cors {

    private static final Pattern ORIGIN =
            Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9._~%!$&'()*+;=:\\[\\]-]+");
    private static final String PREFLIGHT_VARY =
            "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

    private Cors() {}

    /**
     * The CORS step before a step: a preflight is answered here (a declared {@code @OPTIONS} handler answers it
     * itself), before anything else can answer, so it is never redirected; every later answer of the request gets the headers.
     */
    static Step before(RouteDefinition route, CorsPolicy cors, Step next) {
        boolean ownOptions = route.handlers().containsKey("OPTIONS");
        return request -> {
            Exchange exchange = request.exchange();
            if (!ownOptions && isPreflight(exchange)) {
                exchange.send(preflight(exchange, route, cors));
                return;
            }
            request.exchange(new Answering(exchange, cors));
            next.handle(request);
        };
    }

    /** Whether a request is a preflight: {@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}. */
    static boolean isPreflight(Exchange exchange) {
        return exchange.method().equals("OPTIONS")
                && exchange.header("Origin").isPresent()
                && exchange.header("Access-Control-Request-Method").isPresent();
    }

    /**
     * The answer to a preflight: {@code 204} with the route's methods and the requested headers that are allowed, or
     * {@code 403} with no {@code Access-Control-*} header for an origin, method or header that is not.
     */
    static Answer preflight(Exchange exchange, RouteDefinition route, CorsPolicy cors) {
        String origin = exchange.header("Origin").orElseThrow();
        String method =
                exchange.header("Access-Control-Request-Method").orElseThrow().trim();
        List<String> methods = Arrays.asList(route.allow().split(", "));
        List<String> requested = new ArrayList<>();
        for (String value : exchange.headers("Access-Control-Request-Headers")) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    requested.add(name.trim());
                }
            }
        }
        boolean allowed = allowedOrigin(origin, cors)
                && methods.contains(method)
                && requested.stream().allMatch(name -> HeaderValidation.isToken(name) && cors.allowsHeader(name));
        if (!allowed) {
            return Answer.empty(403).header("Vary", PREFLIGHT_VARY);
        }
        Answer answer = Answer.empty(204)
                .header("Allow", route.allow())
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", route.allow())
                .header("Access-Control-Max-Age", Long.toString(cors.maxAge()))
                .header("Vary", PREFLIGHT_VARY);
        if (!requested.isEmpty()) {
            answer = answer.header("Access-Control-Allow-Headers", String.join(", ", requested));
        }
        return cors.allowCredentials() ? answer.header("Access-Control-Allow-Credentials", "true") : answer;
    }

    /**
     * Whether an {@code Origin} is one and is allowed. It is echoed in {@code Access-Control-Allow-Origin}, so only
     * the shape of an origin is: {@code null}, or {@code scheme://host[:port]} in visible ASCII without spaces, commas
     * or a path; anything else is refused whatever the configuration ({@code *} or a loose pattern included).
     */
    static boolean allowedOrigin(String origin, CorsPolicy cors) {
        return (origin.equals("null") || ORIGIN.matcher(origin).matches()) && cors.allows(origin);
    }

    /**
     * An exchange whose answers carry the route's CORS headers: {@code Vary: Origin} always (a shared cache must not
     * give one origin's answer to another), and for an allowed origin {@code Access-Control-Allow-Origin}, the
     * exposed headers and the credentials flag.
     */
    static final class Answering extends ForwardingExchange {
        private final CorsPolicy cors;
        private final Optional<String> origin;

        Answering(Exchange exchange, CorsPolicy cors) {
            super(exchange);
            this.cors = cors;
            this.origin = exchange.header("Origin").filter(origin -> allowedOrigin(origin, cors));
        }

        @Override
        public void send(Answer answer) throws IOException {
            // A handler that set its own Access-Control-Allow-Origin keeps it: two would make browsers refuse both.
            boolean own = answer.header("Access-Control-Allow-Origin").isPresent();
            exchange.send(answer.headers(own ? List.of(Map.entry("Vary", "Origin")) : headers()));
        }

        /** {@code Vary: Origin}, and for an allowed origin the {@code Access-Control-*} headers of an answer. */
        private List<Map.Entry<String, String>> headers() {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            headers.add(Map.entry("Vary", "Origin"));
            if (origin.isPresent()) {
                headers.add(Map.entry("Access-Control-Allow-Origin", origin.get()));
                if (!cors.exposedHeaders().isEmpty()) {
                    headers.add(Map.entry("Access-Control-Expose-Headers", String.join(", ", cors.exposedHeaders())));
                }
                if (cors.allowCredentials()) {
                    headers.add(Map.entry("Access-Control-Allow-Credentials", "true"));
                }
            }
            return headers;
        }

        @Override
        public void sendFailure(Answer failure) {
            exchange.sendFailure(failure.headers(headers()));
        }
    }
}
