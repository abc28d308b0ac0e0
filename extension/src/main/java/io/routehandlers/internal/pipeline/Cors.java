package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.config.CorsPolicy;
import io.routehandlers.internal.http.Answer;
import io.routehandlers.internal.http.Exchange;
import io.routehandlers.internal.scan.RouteDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * CORS on routes (S-13.4), by configuration: preflights are answered here, before security and the handler, and an
 * actual request's answer gets its {@code Access-Control-*} headers as it is sent ({@link Answering}), after the
 * cache, so they are never stored. Written here rather than with a servlet filter so that it holds on every server
 * and in the tester, and knows each route's {@code Allow} list.
 */
final class Cors {

    private static final String PREFLIGHT_VARY =
            "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

    private Cors() {}

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
        boolean allowed = cors.allows(origin)
                && methods.contains(method)
                && requested.stream().allMatch(cors::allowsHeader);
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
     * An exchange whose answers carry the route's CORS headers: {@code Vary: Origin} always (a shared cache must not
     * give one origin's answer to another), and for an allowed origin {@code Access-Control-Allow-Origin}, the
     * exposed headers and the credentials flag.
     */
    static final class Answering implements Exchange {
        private final Exchange exchange;
        private final CorsPolicy cors;
        private final Optional<String> origin;

        Answering(Exchange exchange, CorsPolicy cors) {
            this.exchange = exchange;
            this.cors = cors;
            this.origin = exchange.header("Origin").filter(cors::allows);
        }

        @Override
        public void send(Answer answer) throws IOException {
            Answer withCors = answer.header("Vary", "Origin");
            if (origin.isPresent()) {
                withCors = withCors.header("Access-Control-Allow-Origin", origin.get());
                if (!cors.exposedHeaders().isEmpty()) {
                    withCors =
                            withCors.header("Access-Control-Expose-Headers", String.join(", ", cors.exposedHeaders()));
                }
                if (cors.allowCredentials()) {
                    withCors = withCors.header("Access-Control-Allow-Credentials", "true");
                }
            }
            exchange.send(withCors);
        }

        @Override
        public String method() {
            return exchange.method();
        }

        @Override
        public String contextPath() {
            return exchange.contextPath();
        }

        @Override
        public String path() {
            return exchange.path();
        }

        @Override
        public Optional<String> query() {
            return exchange.query();
        }

        @Override
        public String origin() {
            return exchange.origin();
        }

        @Override
        public Optional<String> header(String name) {
            return exchange.header(name);
        }

        @Override
        public List<String> headers(String name) {
            return exchange.headers(name);
        }

        @Override
        public List<String> headerNames() {
            return exchange.headerNames();
        }

        @Override
        public OptionalLong contentLength() {
            return exchange.contentLength();
        }

        @Override
        public InputStream body() throws IOException {
            return exchange.body();
        }

        @Override
        public Optional<Principal> user() {
            return exchange.user();
        }

        @Override
        public boolean isUserInRole(String role) {
            return exchange.isUserInRole(role);
        }

        @Override
        public Authentication authenticate() throws IOException {
            return exchange.authenticate();
        }

        @Override
        public void sendFailure() {
            exchange.sendFailure();
        }

        @Override
        public boolean suspend(Suspension events) {
            return exchange.suspend(events);
        }
    }
}
