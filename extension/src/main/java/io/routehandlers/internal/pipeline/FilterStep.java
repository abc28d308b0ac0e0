package io.routehandlers.internal.pipeline;

import io.routehandlers.FilterContext;
import io.routehandlers.HeaderStore;
import io.routehandlers.Params;
import io.routehandlers.RequestCookies;
import io.routehandlers.RouteResponse;
import io.routehandlers.SearchParams;
import io.routehandlers.internal.cookies.CookieHeader;
import io.routehandlers.internal.cookies.CookieJar;
import io.routehandlers.internal.cookies.ReceivedCookies;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.ForwardingExchange;
import io.routehandlers.internal.http.HeaderValidation;
import io.routehandlers.internal.scan.Handler;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The step of the application's route filters (S-15.1): each filter selected for the handler runs in order, with a
 * {@link FilterContext} over the request, with the call bound to the thread as for a handler (injected stores read
 * the filtered request); one that aborts or throws answers the request as a handler would
 * ({@link HandlerInvoker#answerInstead}). The headers filters set on the request, and add to the answer, live in a
 * wrapper of the exchange ({@link Filtered}) that later steps see and answer through.
 */
final class FilterStep {

    private FilterStep() {}

    /**
     * The filters before a step.
     *
     * @param filters the filters of each handler of the route, in order
     * @param invoker writes a filter's answer, or failure, as a handler's
     * @param limiter the named rate limits filters apply
     */
    static Step before(Map<Handler, AppliedFilter[]> filters, HandlerInvoker invoker, RateLimiter limiter, Step next) {
        return request -> {
            AppliedFilter[] selected = filters.get(request.handler());
            if (selected == null || selected.length == 0) {
                next.handle(request);
                return;
            }
            Filtered exchange = new Filtered(request.exchange(), invoker::now);
            request.exchange(exchange);
            Context context = new Context(request, exchange, limiter);
            try (CurrentCall.Binding binding = invoker.bindFilters(request)) {
                for (AppliedFilter applied : selected) {
                    Throwable failure = null;
                    try {
                        applied.filter().filter(context);
                    } catch (Exception | Error e) {
                        failure = e;
                    }
                    if (context.refusal != null) {
                        context.close();
                        HandlerStep.send(exchange, context.refusal);
                        return;
                    }
                    if (failure != null || context.response != null) {
                        context.close();
                        CookieJar jar = binding.cookies().orElse(null);
                        HandlerStep.send(
                                exchange,
                                invoker.answerInstead(request, applied.type(), context.response, failure, jar));
                        return;
                    }
                }
                context.close();
                binding.cookies().ifPresent(exchange::cookies);
            }
            next.handle(request);
        };
    }

    /**
     * The request with the filters' request headers, answered with their response headers and the cookies they wrote
     * through {@code CookieStore} (those the answer does not set itself: a handler's answer has them already).
     */
    static final class Filtered extends ForwardingExchange {

        /** Replaced request headers: each name's values, none for a header removed. Made on the first change. */
        private Map<String, List<String>> requestHeaders = Map.of();

        private List<Map.Entry<String, String>> responseHeaders = List.of();
        private final Supplier<Instant> clock;
        private CookieJar cookies;

        Filtered(Exchange exchange, Supplier<Instant> clock) {
            super(exchange);
            this.clock = clock;
        }

        void cookies(CookieJar jar) {
            this.cookies = jar;
        }

        @Override
        public Optional<String> header(String name) {
            List<String> values = requestHeaders.get(name);
            return values == null ? exchange.header(name) : values.stream().findFirst();
        }

        @Override
        public List<String> headers(String name) {
            List<String> values = requestHeaders.get(name);
            return values == null ? exchange.headers(name) : values;
        }

        @Override
        public List<String> headerNames() {
            if (requestHeaders.isEmpty()) {
                return exchange.headerNames();
            }
            List<String> names = new ArrayList<>();
            for (String name : exchange.headerNames()) {
                if (!requestHeaders.containsKey(name)) {
                    names.add(name);
                }
            }
            requestHeaders.forEach((name, values) -> {
                if (!values.isEmpty()) {
                    names.add(name);
                }
            });
            return names;
        }

        @Override
        public void send(Answer answer) throws IOException {
            Answer headed = answer.headers(responseHeaders);
            exchange.send(cookies == null ? headed : Answers.withCookies(headed, cookies, clock.get()));
        }

        private void requestHeader(String name, List<String> values) {
            if (requestHeaders.isEmpty()) {
                requestHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            }
            requestHeaders.put(name.toLowerCase(Locale.ROOT), values);
        }

        private void responseHeader(String name, String value) {
            if (responseHeaders.isEmpty()) {
                responseHeaders = new ArrayList<>();
            }
            responseHeaders.add(Map.entry(name, value));
        }

        @Override
        public void sendFailure(Answer failure) {
            exchange.sendFailure(failure.headers(responseHeaders));
        }
    }

    /** What a filter sees of the request, and the answer it gave, if any. */
    private static final class Context implements FilterContext {

        private final RoutedRequest request;
        private final Filtered exchange;
        private final RateLimiter limiter;
        private RouteResponse response;
        private Answer refusal;
        private volatile boolean closed;

        Context(RoutedRequest request, Filtered exchange, RateLimiter limiter) {
            this.request = request;
            this.exchange = exchange;
            this.limiter = limiter;
        }

        @Override
        public String method() {
            return exchange.method();
        }

        @Override
        public String route() {
            return request.route().path().declared();
        }

        @Override
        public String pathname() {
            return request.path();
        }

        @Override
        public Params params() {
            return new MatchedParams(request.route().path().paramNames(), request.matched());
        }

        @Override
        public SearchParams searchParams() {
            return ExchangeRouteRequest.searchParams(exchange.query());
        }

        @Override
        public HeaderStore headers() {
            return new ExchangeHeaderStore(() -> Optional.of(exchange));
        }

        @Override
        public RequestCookies cookies() {
            return new ReceivedCookies(CookieHeader.parse(exchange.headers("Cookie")));
        }

        @Override
        public String clientAddress() {
            return limiter.clientAddress(exchange);
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
        public void setRequestHeader(String name, String value) {
            check(name, value);
            exchange.requestHeader(name, List.of(value));
        }

        @Override
        public void removeRequestHeader(String name) {
            check(name, "");
            exchange.requestHeader(name, List.of());
        }

        @Override
        public void addResponseHeader(String name, String value) {
            check(name, value);
            exchange.responseHeader(name, value);
        }

        /** A refusal answers the request once the filter returns, even if it threw; headers go with any answer. */
        @Override
        public boolean rateLimit(String limiter, String key) {
            open();
            RateLimiter.Decision decision = this.limiter.count(limiter, key);
            if (!decision.allowed()) {
                refusal = refusal == null ? decision.refusal() : refusal;
                return false;
            }
            decision.headers().forEach(header -> exchange.responseHeader(header.getKey(), header.getValue()));
            return true;
        }

        @Override
        public void abortWith(RouteResponse answer) {
            if (answer == null) {
                throw new IllegalArgumentException("abortWith needs a response");
            }
            open();
            this.response = answer;
        }

        /** The filters ran: the context changes nothing any more. */
        void close() {
            closed = true;
        }

        private void open() {
            if (closed) {
                throw new IllegalStateException("The filter context is used after RouteFilter#filter returned");
            }
        }

        private void check(String name, String value) {
            open();
            if (name == null || !HeaderValidation.isToken(name)) {
                throw new IllegalArgumentException("Not an HTTP header name: " + name);
            }
            if (value == null || !HeaderValidation.isSafeValue(value)) {
                throw new IllegalArgumentException("Not a header value that can be sent, for " + name);
            }
        }
    }
}
